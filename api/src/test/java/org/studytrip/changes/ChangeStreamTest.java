package org.studytrip.changes;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.studytrip.support.Auth;
import org.studytrip.support.EventStreamClient;
import org.studytrip.support.EventStreamClient.Event;
import org.studytrip.support.PersonalDataMarkers;
import org.studytrip.support.Programme;

@QuarkusTest
class ChangeStreamTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private static String events(String tripId) {
        return "http://localhost:" + RestAssured.port + "/api/v1/trips/" + tripId + "/events";
    }

    private static String sessionOf(Event event) {
        assertEquals("change", event.name());
        JsonPath entry = JsonPath.from(event.data());
        assertEquals("session", entry.getString("type"));
        return entry.getString("id");
    }

    @Test
    void eventsComeInOrderAndAResumedStreamGetsWhatItMissedOnce() throws Exception {
        String trip = Programme.trip("published");
        String first;
        String second;
        String lastSeen;
        try (EventStreamClient stream = EventStreamClient.connect(events(trip), Map.of())) {
            assertEquals(200, stream.status());
            Event ready = stream.expect("ready", WAIT);
            assertNotNull(ready.id());
            first = Programme.session(trip, "First");
            second = Programme.session(trip, "Second");
            Event one = stream.expect("change", WAIT);
            Event two = stream.expect("change", WAIT);
            assertEquals(List.of(first, second), List.of(sessionOf(one), sessionOf(two)));
            assertTrue(JsonPath.from(one.data()).getLong("sequence") < JsonPath.from(two.data()).getLong("sequence"));
            assertEquals("First", JsonPath.from(one.data()).getString("data.title.en"));
            lastSeen = two.id();
            // Idle: a heartbeat comment keeps the stream open.
            assertTrue(stream.drain(Duration.ofMillis(2500)).stream().anyMatch(event -> event.name().equals(":comment")));
        }

        String third = Programme.session(trip, "Third");
        String fourth = Programme.session(trip, "Fourth");
        try (EventStreamClient resumed = EventStreamClient.connect(events(trip), Map.of("Last-Event-ID", lastSeen))) {
            assertEquals(List.of(third, fourth), List.of(sessionOf(resumed.expect("change", WAIT)),
                    sessionOf(resumed.expect("change", WAIT))));
            resumed.expect("ready", WAIT);
            String fifth = Programme.session(trip, "Fifth");
            assertEquals(fifth, sessionOf(resumed.expect("change", WAIT)));
            assertTrue(resumed.drain(Duration.ofMillis(700)).stream().noneMatch(event -> event.name().equals("change")),
                    "nothing twice");
        }
    }

    @Test
    void aStreamShowsPeopleOnlyToThoseWhoMayListThemAndRefusesBadCursorsBeforeItStarts() throws Exception {
        String trip = Programme.trip("published");
        String person = given().contentType("application/json").body(PersonalDataMarkers.person("Stream", "Delegate").toString())
                .post("/api/v1/people").then().statusCode(201).extract().path("id");
        try (EventStreamClient anonymous = EventStreamClient.connect(events(trip), Map.of());
             EventStreamClient partner = EventStreamClient.connect(events(trip),
                     Map.of("Authorization", "Bearer " + Auth.token("partner", null)))) {
            anonymous.expect("ready", WAIT);
            partner.expect("ready", WAIT);
            given().contentType("application/json").body("{\"personId\": \"" + person + "\", \"role\": \"member\"}")
                    .post("/api/v1/trips/" + trip + "/participants").then().statusCode(201);
            String session = Programme.session(trip, "After the delegate");
            Event participant = partner.expect("change", WAIT);
            assertEquals("participant", JsonPath.from(participant.data()).getString("type"));
            PersonalDataMarkers.all().forEach(marker -> assertTrue(!participant.data().contains(marker), marker));
            assertEquals(session, sessionOf(partner.expect("change", WAIT)));
            assertEquals(session, sessionOf(anonymous.expect("change", WAIT)), "no participant for anonymous callers");
        }

        given().header("Last-Event-ID", "nonsense").get("/api/v1/trips/" + trip + "/events").then().statusCode(400)
                .body("errors[0].field", equalTo("Last-Event-ID"));
        String draft = Programme.trip("draft");
        given().header(Auth.ANONYMOUS).get("/api/v1/trips/" + draft + "/events").then().statusCode(404);
    }
}
