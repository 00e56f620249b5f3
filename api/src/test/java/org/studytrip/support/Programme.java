package org.studytrip.support;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.UUID;

/** Programme records of a test's own, made through the API as an organiser would. */
public final class Programme {

    private Programme() {
    }

    /** A trip of its own in October 2027 ({@code published} or {@code draft}), so that its feed holds only the test's writes. */
    public static String trip(String status) {
        return trip(status, LocalDate.parse("2027-10-13"), LocalDate.parse("2027-10-15"), "{\"en\": \"Feed trip\"}");
    }

    /** A trip of its own in Seoul from {@code first} to {@code last}, titled by the JSON object {@code title}. */
    public static String trip(String status, LocalDate first, LocalDate last, String title) {
        String code = "feed-" + UUID.randomUUID().toString().substring(0, 8);
        return given().contentType("application/json").body("""
                {"code": "%s", "title": %s, "hostCountry": "KR", "timeZone": "Asia/Seoul",
                 "startDate": "%s", "endDate": "%s", "status": "%s", "organiserId": "%s"}"""
                .formatted(code, title, first, last, status, Seed.organisationId("iclei-east-asia"))).post("/api/v1/trips")
                .then().statusCode(201).extract().path("id");
    }

    /** A one-hour lecture on the trip's second day. */
    public static String session(String tripId, String title) {
        return given().contentType("application/json").body("""
                {"title": {"en": "%s"}, "type": "lecture", "startsAt": "2027-10-14T09:00:00+09:00",
                 "endsAt": "2027-10-14T10:00:00+09:00", "status": "scheduled"}""".formatted(title))
                .post("/api/v1/trips/" + tripId + "/sessions").then().statusCode(201).extract().path("id");
    }

    /** The body of a scheduled 90-minute session in Korean with Chinese interpretation; {@code chinese} may be null. */
    public static ObjectNode sessionBody(String type, String title, String chinese, String startsAt) {
        ObjectNode body = BadInputHarness.parse("""
                {"language": "ko", "interpretation": "zh", "status": "scheduled"}""");
        body.put("type", type).putObject("title").put("en", title).put("zh", chinese);
        return body.put("startsAt", startsAt)
                .put("endsAt", java.time.OffsetDateTime.parse(startsAt).plusMinutes(90).toString());
    }

    /** A session of the trip as the JSON body gives it. */
    public static String session(String tripId, ObjectNode body) {
        return given().contentType("application/json").body(body.toString())
                .post("/api/v1/trips/" + tripId + "/sessions").then().statusCode(201).extract().path("id");
    }

    /** A venue in Seoul with its Korean and English addresses and its place on the map. */
    public static String venue(String englishName) {
        return given().contentType("application/json").body("""
                {"name": {"en": "%s", "ko": "서울특별시청"}, "addressLocal": "서울특별시 중구 세종대로 110",
                 "addressEn": "110 Sejong-daero, Jung-gu, Seoul", "latitude": 37.5663, "longitude": 126.9779}"""
                .formatted(englishName)).post("/api/v1/venues").then().statusCode(201).extract().path("id");
    }

    /** A person with all three tiers of personal data filled with markers (PersonalDataMarkers). */
    public static String person(String familyName) {
        return given().contentType("application/json")
                .body(PersonalDataMarkers.person(familyName, UUID.randomUUID().toString().substring(0, 6)).toString())
                .post("/api/v1/people").then().statusCode(201).extract().path("id");
    }

    public static String participant(String tripId, String personId) {
        return given().contentType("application/json").body("{\"personId\": \"" + personId + "\", \"role\": \"member\"}")
                .post("/api/v1/trips/" + tripId + "/participants").then().statusCode(201).extract().path("id");
    }
}
