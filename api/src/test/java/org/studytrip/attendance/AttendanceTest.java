package org.studytrip.attendance;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.studytrip.support.Auth;
import org.studytrip.support.BadInputHarness;
import org.studytrip.support.Database;
import org.studytrip.support.Programme;
import org.studytrip.support.StatementCounter;

/** Attendance marked by organisers (online or queued offline) and by delegates checking in with a session's code. */
@QuarkusTest
class AttendanceTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @Inject
    Database database;

    @Inject
    StatementCounter statements;

    @Test
    void organisersMarkFromTheDelegationListAndEachRoleSeesWhatItMay() {
        String trip = Programme.trip("published");
        String session = Programme.session(trip, "Heat action plans");
        String zhangPerson = Programme.person("Zhang");
        String zhang = Programme.participant(trip, zhangPerson);
        String li = Programme.participant(trip, Programme.person("Li"));
        String interpreter = participant(trip, Programme.person("Interpreter"), "interpreter");
        String url = "/api/v1/sessions/" + session + "/attendance";

        given().get(url).then().statusCode(200).body("counts.unmarked", equalTo(2))
                .body("marks.participantId", contains(li, zhang)).body("marks.status", contains(nullValue(), nullValue()));

        given().contentType("application/json").body(marks(mark(zhang, "present", null), mark(li, "excused", null)))
                .post(url).then().statusCode(200)
                .body("counts.present", equalTo(1)).body("counts.excused", equalTo(1)).body("counts.unmarked", equalTo(0))
                .body("marks.find { it.participantId == '" + zhang + "' }.status", equalTo("present"))
                .body("marks.find { it.participantId == '" + zhang + "' }.method", equalTo("organiser"))
                .body("marks.find { it.participantId == '" + zhang + "' }.markedBy", equalTo("local-organiser"));

        // A delegate sees their own mark, without who made it; a partner the counts only; nobody unsigned.
        given().header(Auth.asParticipant(zhangPerson)).get(url).then().statusCode(200)
                .header("Cache-Control", equalTo("no-store"))
                .body("marks.participantId", contains(zhang)).body("marks[0].status", equalTo("present"))
                .body("marks[0].markedBy", nullValue()).body("counts.excused", equalTo(1));
        given().header(Auth.as("partner")).get(url).then().statusCode(200)
                .body("marks", empty()).body("counts.present", equalTo(1));
        given().header(Auth.ANONYMOUS).get(url).then().statusCode(401);
        // A participant of another trip knows nothing of this one's people, counts included.
        String elsewhere = Programme.person("Elsewhere");
        Programme.participant(Programme.trip("published"), elsewhere);
        given().header(Auth.asParticipant(elsewhere)).get(url).then().statusCode(404);

        // All or nothing: an interpreter is not a delegate, a mark from the future is a wrong clock.
        long rows = database.count("select count(*) from attendance");
        given().contentType("application/json").body(marks(mark(zhang, "absent", null), mark(interpreter, "present", null),
                        mark(li, "present", OffsetDateTime.now().plusHours(1).toString())))
                .post(url).then().statusCode(400).body("code", equalTo("validation-failed"))
                .body("errors.field", contains("marks[1].participantId", "marks[2].markedAt"));
        assertEquals(rows, database.count("select count(*) from attendance"));
        given().get(url).then().body("marks.find { it.participantId == '" + zhang + "' }.status", equalTo("present"));

        given().contentType("application/json").body(marks(mark(UUID.randomUUID().toString(), "present", null)))
                .post("/api/v1/sessions/" + UUID.randomUUID() + "/attendance").then().statusCode(404);
    }

    @Test
    void marksQueuedOfflineAndSentTwiceWithOneKeyAreRecordedOnceAndTheLatestMarkWins() {
        String trip = Programme.trip("published");
        String session = Programme.session(trip, "Sponge city design");
        String wang = Programme.participant(trip, Programme.person("Wang"));
        String url = "/api/v1/sessions/" + session + "/attendance";
        String tapped = OffsetDateTime.now(SEOUL).minusMinutes(20).truncatedTo(ChronoUnit.SECONDS).toString();
        String key = UUID.randomUUID().toString();

        given().header("Idempotency-Key", key).contentType("application/json").body(marks(mark(wang, "late", tapped)))
                .post(url).then().statusCode(200).body("counts.late", equalTo(1));
        // Another mark in between; then the phone, never told the first went through, sends it again: it gets the
        // first answer again, and nothing is recorded anew.
        given().contentType("application/json").body(marks(mark(wang, "excused", null))).post(url).then()
                .statusCode(200).body("counts.excused", equalTo(1));
        long version = database.count("select version from attendance where participant_id = unhex(replace(?, '-', ''))", wang);
        given().header("Idempotency-Key", key).contentType("application/json").body(marks(mark(wang, "late", tapped)))
                .post(url).then().statusCode(200).body("counts.late", equalTo(1)).body("counts.excused", equalTo(0));
        assertEquals(1, database.count("select count(*) from attendance where participant_id = unhex(replace(?, '-', ''))", wang));
        assertEquals(version, database.count("select version from attendance where participant_id = unhex(replace(?, '-', ''))", wang));
        given().get(url).then().body("counts.excused", equalTo(1));

        // A mark made earlier on another phone, arriving later, does not undo the later one; a later one does.
        String earlier = OffsetDateTime.parse(tapped).minusMinutes(5).toString();
        given().contentType("application/json").body(marks(mark(wang, "absent", earlier))).post(url).then()
                .statusCode(200).body("counts.excused", equalTo(1)).body("counts.absent", equalTo(0));
        given().contentType("application/json").body(marks(mark(wang, "present", null))).post(url).then()
                .statusCode(200).body("counts.present", equalTo(1)).body("counts.late", equalTo(0));
    }

    @Test
    void delegatesCheckInWithTheSessionsCodeOnlyWhileItsCheckInIsOpen() {
        OffsetDateTime now = OffsetDateTime.now(SEOUL).truncatedTo(ChronoUnit.MINUTES);
        String trip = Programme.trip("published", now.toLocalDate().minusDays(1), now.toLocalDate().plusDays(1),
                "{\"en\": \"Trip under way\"}");
        String startingSoon = session(trip, "Starting soon", now.plusMinutes(20), now.plusMinutes(80));
        String underWay = session(trip, "Under way", now.minusMinutes(20), now.plusMinutes(40));
        String later = session(trip, "Later today", now.plusHours(2), now.plusHours(3));
        String over = session(trip, "Over", now.minusHours(2), now.minusHours(1));
        String person = Programme.person("Zhao");
        String delegate = Programme.participant(trip, person);
        String stranger = Programme.person("Stranger");

        String code = given().get("/api/v1/sessions/" + startingSoon + "/check-in-code").then().statusCode(200)
                .body("url", equalTo("http://localhost:5173/sessions/" + startingSoon + "/check-in?code="
                        + given().get("/api/v1/sessions/" + startingSoon + "/check-in-code").path("code")))
                .extract().path("code");
        given().header(Auth.as("partner")).get("/api/v1/sessions/" + startingSoon + "/check-in-code").then().statusCode(403);

        checkIn(startingSoon, person, "not-the-code").statusCode(400).body("errors.field", hasItem("code"));
        // Someone of no trip does not know the session's people; an interpreter of the trip is not a delegate.
        checkIn(startingSoon, stranger, code).statusCode(404);
        String interpreter = Programme.person("Interpreter");
        participant(trip, interpreter, "interpreter");
        checkIn(startingSoon, interpreter, code).statusCode(403);
        checkIn(startingSoon, person, code).statusCode(200).body("participantId", equalTo(delegate))
                .body("status", equalTo("present")).body("method", equalTo("check-in"));
        checkIn(startingSoon, person, code).statusCode(200).body("status", equalTo("present"));
        assertEquals(1, database.count("select count(*) from attendance where participant_id = unhex(replace(?, '-', ''))", delegate));

        checkIn(underWay, person, codeOf(underWay)).statusCode(200).body("status", equalTo("late"));
        checkIn(later, person, codeOf(later)).statusCode(409).body("code", equalTo("check-in-closed"));
        checkIn(over, person, codeOf(over)).statusCode(409).body("code", equalTo("check-in-closed"));
        checkIn(startingSoon, person, codeOf(underWay)).statusCode(400);
        assertEquals(2, database.count("select count(*) from attendance where participant_id = unhex(replace(?, '-', ''))", delegate));
    }

    @Test
    void aCancelledSessionTakesNoMarksAndASessionWithMarksIsNotDeleted() {
        String trip = Programme.trip("published");
        String session = Programme.session(trip, "Rain gardens");
        String delegate = Programme.participant(trip, Programme.person("Sun"));
        given().contentType("application/json").body(marks(mark(delegate, "present", null)))
                .post("/api/v1/sessions/" + session + "/attendance").then().statusCode(200);

        given().header("If-Match", "\"0\"").delete("/api/v1/sessions/" + session).then().statusCode(409)
                .body("code", equalTo("in-use")).body("references[0].type", equalTo("attendance-mark"))
                .body("references[0].count", equalTo(1));

        given().header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                .body("{\"status\": \"cancelled\", \"statusReason\": {\"en\": \"Typhoon\"}}")
                .patch("/api/v1/sessions/" + session).then().statusCode(200);
        given().contentType("application/json").body(marks(mark(delegate, "absent", null)))
                .post("/api/v1/sessions/" + session + "/attendance").then().statusCode(409)
                .body("code", equalTo("session-cancelled"));
    }

    @Test
    void theListCostsTheSameStatementsForOneDelegateAndForTwelve() {
        String small = attendanceOfDelegates(1);
        String large = attendanceOfDelegates(12);
        for (String role : List.of("organiser", "partner")) {
            long one = statements.count(() -> given().header(Auth.as(role)).get(small).then().statusCode(200));
            long twelve = statements.count(() -> given().header(Auth.as(role)).get(large).then().statusCode(200));
            assertEquals(one, twelve, role + ": statements for 1 and for 12 delegates");
        }
    }

    @TestFactory
    Stream<DynamicTest> badMarksAndCheckInsAreRefusedAndWriteNothing() {
        String trip = Programme.trip("published");
        String session = Programme.session(trip, "Harness");
        String person = Programme.person("Harness");
        String delegate = Programme.participant(trip, person);
        return BadInputHarness.writeCases(database, Map.of("attendance", "select count(*) from attendance"),
                new BadInputHarness.Write("POST", "/api/v1/sessions/" + session + "/attendance", null,
                        () -> BadInputHarness.parse(marks(mark(delegate, "present", "2025-10-14T09:05:00+09:00"))),
                        List.of("marks", "marks[0].participantId", "marks[0].status"), Map.of(),
                        List.of("marks[0].status")),
                new BadInputHarness.Write("POST", "/api/v1/sessions/" + session + "/check-ins", null,
                        () -> BadInputHarness.parse("{\"code\": \"" + codeOf(session) + "\"}"), List.of("code"),
                        Map.of("code", 64), List.of()).as(Auth.asParticipant(person)));
    }

    private String attendanceOfDelegates(int count) {
        String trip = Programme.trip("published");
        String session = Programme.session(trip, "Counted");
        for (int index = 0; index < count; index++) {
            String delegate = Programme.participant(trip, Programme.person("Counted" + index));
            given().contentType("application/json").body(marks(mark(delegate, index % 2 == 0 ? "present" : "absent", null)))
                    .post("/api/v1/sessions/" + session + "/attendance").then().statusCode(200);
        }
        return "/api/v1/sessions/" + session + "/attendance";
    }

    static String session(String trip, String title, OffsetDateTime startsAt, OffsetDateTime endsAt) {
        ObjectNode body = Programme.sessionBody("lecture", title, null, startsAt.toString());
        body.put("endsAt", endsAt.toString());
        return Programme.session(trip, body);
    }

    static String participant(String trip, String person, String role) {
        return given().contentType("application/json").body("{\"personId\": \"" + person + "\", \"role\": \"" + role + "\"}")
                .post("/api/v1/trips/" + trip + "/participants").then().statusCode(201).extract().path("id");
    }

    static String marks(String... marks) {
        return "{\"marks\": [" + String.join(", ", marks) + "]}";
    }

    static String mark(String participant, String status, String markedAt) {
        return "{\"participantId\": \"" + participant + "\", \"status\": \"" + status + "\""
                + (markedAt == null ? "" : ", \"markedAt\": \"" + markedAt + "\"") + "}";
    }

    private static String codeOf(String session) {
        return given().get("/api/v1/sessions/" + session + "/check-in-code").then().statusCode(200).extract().path("code");
    }

    private static io.restassured.response.ValidatableResponse checkIn(String session, String person, String code) {
        return given().header(Auth.asParticipant(person)).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType("application/json").body("{\"code\": \"" + code + "\"}")
                .post("/api/v1/sessions/" + session + "/check-ins").then();
    }
}
