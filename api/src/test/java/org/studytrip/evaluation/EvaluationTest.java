package org.studytrip.evaluation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Header;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.studytrip.support.Auth;
import org.studytrip.support.BadInputHarness;
import org.studytrip.support.Database;
import org.studytrip.support.Programme;
import org.studytrip.support.StatementCounter;

/** Delegates rate sessions and the trip; organisers read everything but unsigned authors, partners the numbers. */
@QuarkusTest
class EvaluationTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @Inject
    Database database;

    @Inject
    StatementCounter statements;

    /** A published trip under way (to tomorrow in Seoul), with a lecture that has started and one in two hours. */
    private record Week(String trip, String started, String later) {
    }

    private static Week week() {
        String trip = trip(LocalDate.now(SEOUL).plusDays(1));
        OffsetDateTime now = OffsetDateTime.now(SEOUL).truncatedTo(ChronoUnit.MINUTES);
        String started = Programme.session(trip, Programme.sessionBody("lecture", "Started", null,
                LocalDate.now(SEOUL).minusDays(1).atStartOfDay(SEOUL).toOffsetDateTime().plusHours(9).toString()));
        String later = Programme.session(trip, Programme.sessionBody("lecture", "Later", null, now.plusHours(2).toString()));
        return new Week(trip, started, later);
    }

    /** A published trip of four days up to {@code lastDay}, in Seoul. */
    private static String trip(LocalDate lastDay) {
        return Programme.trip("published", lastDay.minusDays(3), lastDay, "{\"en\": \"Evaluated trip\"}");
    }

    private static ValidatableResponse evaluate(String path, String person, String body) {
        return given().header(Auth.asParticipant(person)).contentType("application/json").body(body).post(path).then();
    }

    @Test
    void aDelegateRatesAStartedSessionOnceAndTheTripOnItsLastDay() {
        Week week = week();
        String person = Programme.person("Rater");
        String participant = Programme.participant(week.trip(), person);
        String session = "/api/v1/sessions/" + week.started() + "/evaluations";

        evaluate(session, person, "{\"rating\": 3, \"comment\": \"太短了\", \"language\": \"zh\"}").statusCode(200)
                .body("rating", equalTo(3)).body("signed", equalTo(false)).body("sessionId", equalTo(week.started()));
        evaluate(session, person, "{\"rating\": 5, \"comment\": \"Very useful\", \"language\": \"en\", \"signed\": true}")
                .statusCode(200).body("rating", equalTo(5));
        assertEquals(1, database.count("select count(*) from evaluation where session_id = unhex(replace(?, '-', ''))",
                week.started()), "sending again replaces the evaluation");
        evaluate("/api/v1/sessions/" + week.later() + "/evaluations", person, "{\"rating\": 4}").statusCode(409)
                .body("code", equalTo("evaluation-not-open"));
        // The trip opens for evaluation on its last day: not yet (tomorrow); a trip that ends today, already.
        evaluate("/api/v1/trips/" + week.trip() + "/evaluations", person, "{\"rating\": 4}").statusCode(409)
                .body("code", equalTo("evaluation-not-open"));
        String endingToday = trip(LocalDate.now(SEOUL));
        Programme.participant(endingToday, person);
        evaluate("/api/v1/trips/" + endingToday + "/evaluations", person, "{\"rating\": 4, \"comment\": \"好\"}")
                .statusCode(200).body("sessionId", nullValue());

        given().header(Auth.asParticipant(person)).get("/api/v1/participants/" + participant + "/evaluations").then()
                .statusCode(200).header("Cache-Control", equalTo("no-store")).body("items.rating", contains(5));

        // Not a delegate of the trip: an interpreter is refused, someone of another trip does not know the session.
        String interpreter = Programme.person("Interpreter");
        given().contentType("application/json").body("{\"personId\": \"" + interpreter + "\", \"role\": \"interpreter\"}")
                .post("/api/v1/trips/" + week.trip() + "/participants").then().statusCode(201);
        evaluate(session, interpreter, "{\"rating\": 4}").statusCode(403);
        String stranger = Programme.person("Stranger");
        Programme.participant(Programme.trip("published"), stranger);
        evaluate(session, stranger, "{\"rating\": 4}").statusCode(404);
        given().header(Auth.asParticipant(stranger)).get("/api/v1/participants/" + participant + "/evaluations").then()
                .statusCode(404);
    }

    @Test
    void organisersReadTheCommentsWithSignedAuthorsOnlyAndPartnersTheNumbers() throws Exception {
        Week week = week();
        String session = "/api/v1/sessions/" + week.started() + "/evaluations";
        String[][] ratings = {{"5", "Excellent", "true"}, {"4", "很好", "false"}, {"4", null, "false"}, {"2", "=HYPERLINK(\\\"x\\\")", "false"}};
        String signer = null;
        for (String[] rating : ratings) {
            String person = Programme.person(signer == null ? "Signer" : "Anonymous");
            Programme.participant(week.trip(), person);
            signer = signer == null ? person : signer;
            evaluate(session, person, "{\"rating\": " + rating[0] + (rating[1] == null ? "" : ", \"comment\": \"" + rating[1] + "\"")
                    + ", \"signed\": " + rating[2] + "}").statusCode(200);
        }
        String report = "/api/v1/trips/" + week.trip() + "/evaluation-report";
        given().get(report).then().statusCode(200)
                .body("trip.count", equalTo(0)).body("trip.mean", nullValue())
                .body("sessions.find { it.sessionId == '" + week.started() + "' }.summary.count", equalTo(4))
                .body("sessions.find { it.sessionId == '" + week.started() + "' }.summary.mean", equalTo(3.8f))
                .body("sessions.find { it.sessionId == '" + week.started() + "' }.summary.distribution", contains(0, 1, 0, 2, 1))
                .body("sessions.find { it.sessionId == '" + week.started() + "' }.summary.comments.text",
                        contains("Excellent", "很好", "=HYPERLINK(\"x\")"))
                .body("sessions.find { it.sessionId == '" + week.started() + "' }.summary.comments[0].author.familyName",
                        equalTo("Signer"))
                .body("sessions.find { it.sessionId == '" + week.started() + "' }.summary.comments[1].author", nullValue());
        given().header(Auth.as("partner")).get(report).then().statusCode(200)
                .body("sessions.find { it.sessionId == '" + week.started() + "' }.summary.count", equalTo(4))
                .body("sessions.find { it.sessionId == '" + week.started() + "' }.summary.comments", empty());
        given().header(Auth.asParticipant(signer)).get(report).then().statusCode(403);

        String csv = given().get("/api/v1/trips/" + week.trip() + "/evaluations.csv").then().statusCode(200)
                .contentType("text/csv").extract().asString();
        assertTrue(csv.startsWith("\uFEFF"), "a byte-order mark for spreadsheets");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.substring(1))).getRecords();
        assertEquals(4, rows.size());
        assertEquals("Signer", rows.get(0).get("signedBy").replaceAll(".* ", ""));
        assertEquals("", rows.get(1).get("signedBy"), "an unsigned comment names nobody");
        assertEquals("'=HYPERLINK(\"x\")", rows.get(3).get("comment"), "a formula is written as text");
        given().header(Auth.as("partner")).get("/api/v1/trips/" + week.trip() + "/evaluations.csv").then().statusCode(403);
    }

    @Test
    void theReportCostsTheSameStatementsForOneSessionAndForTwelve() {
        String small = reportOf(1);
        String large = reportOf(12);
        long one = statements.count(() -> given().get(small).then().statusCode(200));
        long twelve = statements.count(() -> given().get(large).then().statusCode(200));
        assertEquals(one, twelve, "statements for 1 and for 12 sessions");
    }

    private static String reportOf(int sessions) {
        Week week = week();
        String person = Programme.person("Counted");
        Programme.participant(week.trip(), person);
        OffsetDateTime start = LocalDate.now(SEOUL).minusDays(2).atStartOfDay(SEOUL).toOffsetDateTime().plusHours(8);
        for (int index = 1; index < sessions; index++) {
            String session = Programme.session(week.trip(), Programme.sessionBody("lecture", "Counted " + index, null,
                    start.plusMinutes(index * 100L).truncatedTo(ChronoUnit.MINUTES).toString()));
            evaluate("/api/v1/sessions/" + session + "/evaluations", person, "{\"rating\": 4, \"comment\": \"ok\"}")
                    .statusCode(200);
        }
        return "/api/v1/trips/" + week.trip() + "/evaluation-report";
    }

    @TestFactory
    Stream<DynamicTest> badEvaluationsAreRefusedAndWriteNothing() {
        Week week = week();
        String person = Programme.person("Harness");
        Programme.participant(week.trip(), person);
        Header delegate = Auth.asParticipant(person);
        return BadInputHarness.writeCases(database, Map.of("evaluation", "select count(*) from evaluation"),
                new BadInputHarness.Write("POST", "/api/v1/sessions/" + week.started() + "/evaluations", null,
                        () -> BadInputHarness.parse("{\"rating\": 4, \"comment\": \"Clear and useful\", \"language\": \"en\", "
                                + "\"signed\": false}"), List.of("rating"), Map.of("comment", 2000, "language", 16),
                        List.of()).as(delegate),
                new BadInputHarness.Write("POST", "/api/v1/trips/" + week.trip() + "/evaluations", null,
                        () -> BadInputHarness.parse("{\"rating\": 5, \"comment\": \"Well organised\"}"), List.of("rating"),
                        Map.of("comment", 2000), List.of()).as(delegate));
    }
}
