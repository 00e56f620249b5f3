package org.studytrip.programme;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.studytrip.session.Session;
import org.studytrip.support.PersonalDataMarkers;
import org.studytrip.support.Seed;
import org.studytrip.support.StatementCounter;

@QuarkusTest
class ItineraryTest {

    @Inject
    StatementCounter statements;

    /** A trip in Seoul, 13–15 October 2027, with participants from two local governments and a national body. */
    private static String trip(String code) {
        String tripId = given().contentType("application/json").body("""
                {"code": "%s", "title": {"en": "Itinerary trip"}, "hostCountry": "KR", "timeZone": "Asia/Seoul",
                 "startDate": "2027-10-13", "endDate": "2027-10-15", "status": "published", "organiserId": "%s"}"""
                .formatted(code, Seed.organisationId("iclei-east-asia"))).post("/api/v1/trips").then().statusCode(201)
                .extract().path("id");
        for (String organisation : List.of("shenzhen-government", "shenzhen-government", "lishui-government",
                "mee-environmental-development-center")) {
            given().contentType("application/json").body("""
                    {"role": "member", "organisationId": "%s", "person": %s}"""
                    .formatted(Seed.organisationId(organisation), PersonalDataMarkers.person("Delegate", code)))
                    .post("/api/v1/trips/" + tripId + "/participants").then().statusCode(201);
        }
        return tripId;
    }

    private static List<String> experts(int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(given().contentType("application/json").body("""
                    {"name": {"en": "Itinerary expert %d", "ko": "전문가"}, "organisationId": "%s",
                     "topicIds": ["%s"]}""".formatted(i, Seed.organisationForRow(i), Seed.topicForRow(i)))
                    .post("/api/v1/experts").then().statusCode(201).extract().path("id"));
        }
        return ids;
    }

    private static String session(String tripId, int index, List<String> experts, String venue) {
        int day = 13 + index % 3;
        int hour = 9 + (index * 7) % 9;
        return given().contentType("application/json").body("""
                {"title": {"en": "Session %d"}, "type": "lecture", "startsAt": "2027-10-%dT%02d:00:00+09:00",
                 "endsAt": "2027-10-%dT%02d:45:00+09:00", "venueId": "%s", "hostId": "%s",
                 "expertIds": ["%s", "%s"], "topicIds": ["%s", "%s"], "language": "ko", "interpretation": "zh",
                 "status": "scheduled"}""".formatted(index, day, hour, day, hour, venue, Seed.organisationForRow(index),
                        experts.get(index % experts.size()), experts.get((index + 1) % experts.size()),
                        Seed.topicForRow(index), Seed.topicForRow(index + 2)))
                .post("/api/v1/trips/" + tripId + "/sessions").then().statusCode(201).extract().path("id");
    }

    private static String venue() {
        return given().contentType("application/json").body("""
                {"name": {"en": "Itinerary venue"}, "addressLocal": "서울특별시 중구 세종대로 110"}""")
                .post("/api/v1/venues").then().statusCode(201).extract().path("id");
    }

    @Test
    void theWholeProgrammeComesInAtMostFourStatementsWhateverItsSize() {
        List<String> experts = experts(5);
        String venue = venue();
        String small = trip("itin-small-" + UUID.randomUUID().toString().substring(0, 6));
        session(small, 0, experts, venue);
        String large = trip("itin-large-" + UUID.randomUUID().toString().substring(0, 6));
        for (int i = 0; i < 30; i++) {
            session(large, i, experts, venue);
        }
        long one = statements.count(() -> given().get("/api/v1/trips/" + small + "/itinerary").then().statusCode(200));
        long thirty = statements.count(() -> given().get("/api/v1/trips/" + large + "/itinerary").then().statusCode(200)
                .body("days.sessions.flatten()", hasSize(30))
                .body("days[0].sessions[0].experts", hasSize(2)).body("days[0].sessions[0].topics", hasSize(2))
                .body("days[0].sessions[0].venue.addressLocal", equalTo("서울특별시 중구 세종대로 110")));
        assertEquals(one, thirty, "statements for 1 session vs 30");
        assertTrue(one <= 4, "at most 4 statements, was " + one);
    }

    @Test
    void daysAreTheTripsLocalDaysInOrderWithSessionsByStartTime() {
        String tripId = trip("itin-days-" + UUID.randomUUID().toString().substring(0, 6));
        List<String> experts = experts(2);
        String venue = venue();
        for (int i = 0; i < 6; i++) {
            session(tripId, i, experts, venue);
        }
        var itinerary = given().get("/api/v1/trips/" + tripId + "/itinerary").then().statusCode(200)
                .body("trip.timeZone", equalTo("Asia/Seoul"))
                .body("days.date", contains("2027-10-13", "2027-10-14", "2027-10-15"))
                .body("days[0].sessions.startsAt", contains("2027-10-13T09:00:00+09:00", "2027-10-13T12:00:00+09:00"))
                .body("totalParticipants", equalTo(4))
                .body("delegations.find { it.organisation.code == 'shenzhen-government' }.participantCount", equalTo(2))
                .body("delegations.find { it.organisation.code == 'shenzhen-government' }.organisation.city.code",
                        equalTo("shenzhen"))
                .extract().asString();
        PersonalDataMarkers.all().forEach(marker -> org.hamcrest.MatcherAssert.assertThat(itinerary,
                not(org.hamcrest.Matchers.containsString(marker))));
    }

    @Test
    void theEtagChangesWhenAnythingShownChangesAndOnlyThen() {
        String tripId = trip("itin-etag-" + UUID.randomUUID().toString().substring(0, 6));
        List<String> experts = experts(2);
        String session = session(tripId, 0, experts, venue());
        String url = "/api/v1/trips/" + tripId + "/itinerary";
        String first = given().get(url).then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", first).get(url).then().statusCode(304);
        given().header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                .body("{\"name\": {\"zh\": \"专家\"}}").patch("/api/v1/experts/" + experts.get(0)).then().statusCode(200);
        String afterExpert = given().get(url).then().statusCode(200).extract().header("ETag");
        assertNotEquals(first, afterExpert, "renaming an expert of a session changes the itinerary");
        given().header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                .body("{\"status\": \"changed\", \"statusReason\": {\"en\": \"Moved to the afternoon\"}}")
                .patch("/api/v1/sessions/" + session).then().statusCode(200);
        given().header("If-None-Match", afterExpert).get(url).then().statusCode(200)
                .body("days[0].sessions[0].status", equalTo("changed"));
        given().get("/api/v1/trips/" + UUID.randomUUID() + "/itinerary").then().statusCode(404);
    }

    /** Renames a record through a merge patch at its current version. */
    private static void rename(String path, String patch) {
        String etag = given().get(path).then().statusCode(200).extract().header("ETag");
        given().header("If-Match", etag).contentType("application/merge-patch+json").body(patch).patch(path)
                .then().statusCode(200);
    }

    @Test
    void everyRowShownVersionsTheEtagAndA304CostsOneStatement() {
        String tripId = trip("itin-rows-" + UUID.randomUUID().toString().substring(0, 6));
        List<String> experts = experts(2);
        String venue = venue();
        session(tripId, 0, experts, venue);
        String url = "/api/v1/trips/" + tripId + "/itinerary";
        String expertOrganisation = given().get("/api/v1/experts/" + experts.get(0)).then().extract().path("organisation.id");
        String topic = given().get(url).then().extract().path("days[0].sessions[0].topics[0].id");
        List<Runnable> changes = List.of(
                () -> rename("/api/v1/venues/" + venue, "{\"place\": {\"en\": \"Seoul, again\"}}"),
                () -> rename("/api/v1/organisations/" + expertOrganisation, "{\"name\": {\"ko\": \"기관\"}}"),
                () -> rename("/api/v1/topics/" + topic, "{\"name\": {\"ko\": \"주제 " + UUID.randomUUID() + "\"}}"),
                () -> given().contentType("application/json").body("""
                        {"role": "member", "person": {"familyName": "Added", "givenName": "Late"}}""")
                        .post("/api/v1/trips/" + tripId + "/participants").then().statusCode(201));
        String held = given().get(url).then().statusCode(200).extract().header("ETag");
        for (Runnable change : changes) {
            String revalidated = held;
            long statementsOf304 = statements.count(() -> given().header("If-None-Match", revalidated).get(url).then()
                    .statusCode(304));
            assertEquals(1, statementsOf304, "a 304 reads the programme's version and nothing else");
            change.run();
            String after = given().header("If-None-Match", held).get(url).then().statusCode(200).extract().header("ETag");
            assertNotEquals(held, after);
            held = after;
        }
    }

    @Test
    void delegationsGroupParticipantsBySendingOrganisation() {
        String tripId = trip("deleg-" + UUID.randomUUID().toString().substring(0, 6));
        String body = given().get("/api/v1/trips/" + tripId + "/delegations").then().statusCode(200)
                .body("totalParticipants", equalTo(4))
                .body("delegations.organisation.code", contains("mee-environmental-development-center",
                        "lishui-government", "shenzhen-government"))
                .body("delegations[0].organisation.city", equalTo(null))
                .body("delegations[2].organisation.city.code", equalTo("shenzhen"))
                .body("delegations[2].participantCount", equalTo(2))
                .body("delegations[2].participants[0].person.familyName", equalTo("Delegate"))
                .extract().asString();
        PersonalDataMarkers.all().forEach(marker -> org.hamcrest.MatcherAssert.assertThat(body,
                not(org.hamcrest.Matchers.containsString(marker))));
        String etag = given().get("/api/v1/trips/" + tripId + "/delegations").then().extract().header("ETag");
        given().header("If-None-Match", etag).get("/api/v1/trips/" + tripId + "/delegations").then().statusCode(304);
    }

    @Test
    void aTripWithSessionsAndParticipantsIsDeletedOnlyWithAnExplicitCascade() {
        String tripId = trip("cascade-" + UUID.randomUUID().toString().substring(0, 6));
        String session = session(tripId, 0, experts(2), venue());
        String person = given().get("/api/v1/trips/" + tripId + "/participants").then().extract().path("items[0].person.id");
        given().header("If-Match", "\"0\"").delete("/api/v1/trips/" + tripId).then().statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsString("1 session"))
                .body("detail", org.hamcrest.Matchers.containsString("4 participants"));
        given().header("If-Match", "\"0\"").delete("/api/v1/trips/" + tripId + "?cascade=yes").then().statusCode(400)
                .body("errors[0].field", equalTo("cascade"));
        given().header("If-Match", "\"0\"").delete("/api/v1/trips/" + tripId + "?cascade=true").then().statusCode(204);
        given().get("/api/v1/sessions/" + session).then().statusCode(404);
        given().get("/api/v1/trips/" + tripId + "/itinerary").then().statusCode(404);
        given().get("/api/v1/people/" + person).then().statusCode(200);
    }

    @Test
    void aTripsTopicsCountItsSessions() {
        String tripId = trip("topics-" + UUID.randomUUID().toString().substring(0, 6));
        List<String> experts = experts(2);
        String venue = venue();
        for (int i = 0; i < 3; i++) {
            session(tripId, i, experts, venue);
        }
        // Sessions 0, 1, 2 carry topics (row, row + 2): 0 and 2, 1 and 3, 2 and 4.
        String url = "/api/v1/trips/" + tripId + "/topics";
        String etag = given().get(url).then().statusCode(200)
                .body("topics.find { it.topic.code == '" + code(2) + "' }.sessionCount", equalTo(2))
                .body("topics.find { it.topic.code == '" + code(0) + "' }.sessionCount", equalTo(1))
                .body("topics.size()", equalTo(5)).extract().header("ETag");
        given().header("If-None-Match", etag).get(url).then().statusCode(304);
        session(tripId, 3, experts, venue);
        given().header("If-None-Match", etag).get(url).then().statusCode(200);
    }

    private static String code(int row) {
        return given().get("/api/v1/topics/" + Seed.topicForRow(row)).then().extract().path("code");
    }
}
