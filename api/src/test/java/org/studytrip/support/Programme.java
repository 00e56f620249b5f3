package org.studytrip.support;

import static io.restassured.RestAssured.given;

import java.util.UUID;

/** Programme records of a test's own, made through the API as an organiser would. */
public final class Programme {

    private Programme() {
    }

    /** A trip of its own in October 2027 ({@code published} or {@code draft}), so that its feed holds only the test's writes. */
    public static String trip(String status) {
        String code = "feed-" + UUID.randomUUID().toString().substring(0, 8);
        return given().contentType("application/json").body("""
                {"code": "%s", "title": {"en": "Feed trip"}, "hostCountry": "KR", "timeZone": "Asia/Seoul",
                 "startDate": "2027-10-13", "endDate": "2027-10-15", "status": "%s", "organiserId": "%s"}"""
                .formatted(code, status, Seed.organisationId("iclei-east-asia"))).post("/api/v1/trips").then()
                .statusCode(201).extract().path("id");
    }

    /** A one-hour lecture on the trip's second day. */
    public static String session(String tripId, String title) {
        return given().contentType("application/json").body("""
                {"title": {"en": "%s"}, "type": "lecture", "startsAt": "2027-10-14T09:00:00+09:00",
                 "endsAt": "2027-10-14T10:00:00+09:00", "status": "scheduled"}""".formatted(title))
                .post("/api/v1/trips/" + tripId + "/sessions").then().statusCode(201).extract().path("id");
    }
}
