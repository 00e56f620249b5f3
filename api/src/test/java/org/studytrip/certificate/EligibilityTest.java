package org.studytrip.certificate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.studytrip.support.Auth;
import org.studytrip.support.BadInputHarness;
import org.studytrip.support.Database;
import org.studytrip.support.Programme;
import org.studytrip.support.StatementCounter;

/** The certificate rule, counted by hand here: five sessions count, so four attended is exactly 80 %. */
@QuarkusTest
class EligibilityTest {

    @Inject
    Database database;

    @Inject
    StatementCounter statements;

    /** A trip of five counted sessions, a meal, a cancelled lecture and a mandatory opening ceremony. */
    private record Week(String trip, List<String> counted, String meal, String cancelled, String opening) {
    }

    private static Week week() {
        String trip = Programme.trip("published");
        List<String> counted = new ArrayList<>();
        String[][] sessions = {{"lecture", "09:00"}, {"dialogue", "11:00"}, {"site-visit", "14:00"}, {"workshop", "16:00"},
                {"lecture", "18:00"}};
        for (String[] session : sessions) {
            counted.add(Programme.session(trip, Programme.sessionBody(session[0], "Counted " + session[0], null,
                    "2027-10-14T" + session[1] + ":00+09:00")));
        }
        String meal = Programme.session(trip, Programme.sessionBody("meal", "Lunch", null, "2027-10-14T12:30:00+09:00"));
        ObjectNode cancelledBody = Programme.sessionBody("lecture", "Cancelled lecture", null, "2027-10-15T09:00:00+09:00");
        cancelledBody.put("status", "cancelled").putObject("statusReason").put("en", "Speaker ill");
        String cancelled = Programme.session(trip, cancelledBody);
        ObjectNode openingBody = Programme.sessionBody("ceremony", "Opening", "开幕式", "2027-10-13T14:00:00+09:00");
        openingBody.put("mandatory", true);
        String opening = Programme.session(trip, openingBody);
        return new Week(trip, counted, meal, cancelled, opening);
    }

    private static void attend(String session, String participant, String status) {
        given().contentType("application/json").body("{\"marks\": [{\"participantId\": \"" + participant
                + "\", \"status\": \"" + status + "\"}]}").post("/api/v1/sessions/" + session + "/attendance")
                .then().statusCode(200);
    }

    @Test
    void exactlyEightyPercentAndTheMandatorySessionMakeADelegateEligible() {
        Week week = week();
        String bothPerson = Programme.person("Chen");
        String both = Programme.participant(week.trip(), bothPerson);
        String noOpening = Programme.participant(week.trip(), Programme.person("Guo"));
        String tooFew = Programme.participant(week.trip(), Programme.person("Hu"));
        for (int index = 0; index < 4; index++) {
            attend(week.counted().get(index), both, index == 1 ? "late" : "present");
            attend(week.counted().get(index), noOpening, "present");
        }
        attend(week.counted().get(4), both, "excused");
        for (int index = 0; index < 3; index++) {
            attend(week.counted().get(index), tooFew, "present");
        }
        attend(week.meal(), tooFew, "present");
        attend(week.opening(), both, "present");
        attend(week.opening(), tooFew, "present");
        attend(week.opening(), noOpening, "excused");

        given().get("/api/v1/participants/" + both + "/eligibility").then().statusCode(200)
                .body("eligible", equalTo(true)).body("attendedSessions", equalTo(4)).body("countedSessions", equalTo(5))
                .body("share", equalTo(80.0f)).body("requiredShare", equalTo(80)).body("missingMandatory", empty())
                // Four sessions of 90 minutes and the opening's 90.
                .body("minutesAttended", equalTo(450))
                .body("sessions.sessionId", contains(week.opening(), week.counted().get(0), week.counted().get(1),
                        week.counted().get(2), week.counted().get(3), week.counted().get(4)))
                .body("sessions[0].mandatory", equalTo(true)).body("sessions[0].counted", equalTo(false))
                .body("sessions[2].status", equalTo("late"));
        given().get("/api/v1/participants/" + noOpening + "/eligibility").then().statusCode(200)
                .body("eligible", equalTo(false)).body("share", equalTo(80.0f))
                .body("missingMandatory.sessionId", contains(week.opening()))
                .body("missingMandatory[0].title.zh", equalTo("开幕式"));
        given().get("/api/v1/participants/" + tooFew + "/eligibility").then().statusCode(200)
                .body("eligible", equalTo(false)).body("share", equalTo(60.0f)).body("attendedSessions", equalTo(3));

        given().get("/api/v1/trips/" + week.trip() + "/eligibility").then().statusCode(200)
                .body("rule.minimumShare", equalTo(80))
                .body("delegates.participantId", contains(both, noOpening, tooFew))
                .body("delegates.eligible", contains(true, false, false));

        // A delegate sees their own standing, not another's; partners see nobody's.
        given().header(Auth.asParticipant(bothPerson)).get("/api/v1/participants/" + both + "/eligibility").then()
                .statusCode(200).header("Cache-Control", equalTo("no-store")).body("eligible", equalTo(true));
        given().header(Auth.asParticipant(bothPerson)).get("/api/v1/participants/" + tooFew + "/eligibility").then()
                .statusCode(404);
        given().header(Auth.as("partner")).get("/api/v1/participants/" + both + "/eligibility").then().statusCode(403);
        given().header(Auth.asParticipant(bothPerson)).get("/api/v1/trips/" + week.trip() + "/eligibility").then()
                .statusCode(403);
    }

    @Test
    void theRuleIsTheTripsToChangeWithItsETag() {
        Week week = week();
        String delegate = Programme.participant(week.trip(), Programme.person("Ma"));
        for (int index = 0; index < 3; index++) {
            attend(week.counted().get(index), delegate, "present");
        }
        attend(week.opening(), delegate, "present");
        String rule = "/api/v1/trips/" + week.trip() + "/certificate-rule";
        String etag = given().header(Auth.ANONYMOUS).get(rule).then().statusCode(200).body("minimumShare", equalTo(80))
                .body("sessionTypes", contains("lecture", "dialogue", "site-visit", "workshop")).extract().header("ETag");
        assertEquals(given().get("/api/v1/trips/" + week.trip()).header("ETag"), etag, "the rule's ETag is the trip's");

        String sixty = "{\"minimumShare\": 60, \"sessionTypes\": [\"lecture\", \"dialogue\", \"site-visit\", \"workshop\"]}";
        given().contentType("application/json").body(sixty).put(rule).then().statusCode(428);
        given().header("If-Match", "\"999\"").contentType("application/json").body(sixty).put(rule).then().statusCode(412);
        given().header("If-Match", etag).contentType("application/json").body(sixty).put(rule).then().statusCode(200)
                .body("minimumShare", equalTo(60));
        given().get("/api/v1/participants/" + delegate + "/eligibility").then().body("eligible", equalTo(true));

        // Only the lectures count now: two, one attended.
        String lectures = "{\"minimumShare\": 60, \"sessionTypes\": [\"lecture\"]}";
        given().header("If-Match", given().get(rule).header("ETag")).contentType("application/json").body(lectures)
                .put(rule).then().statusCode(200).body("sessionTypes", contains("lecture"));
        given().get("/api/v1/participants/" + delegate + "/eligibility").then().body("countedSessions", equalTo(2))
                .body("share", equalTo(50.0f)).body("eligible", equalTo(false));
        given().header(Auth.as("partner")).header("If-Match", "\"0\"").contentType("application/json").body(sixty)
                .put(rule).then().statusCode(403);
    }

    @Test
    void everyDelegatesStandingCostsTheSameStatementsForOneAndForTwelve() {
        String small = eligibilityOf(1);
        String large = eligibilityOf(12);
        long one = statements.count(() -> given().get(small).then().statusCode(200));
        long twelve = statements.count(() -> given().get(large).then().statusCode(200));
        assertTrue(one <= 5, "at most five statements: " + one);
        assertEquals(one, twelve, "statements for 1 and for 12 delegates");
    }

    @TestFactory
    Stream<DynamicTest> badRulesAreRefusedAndChangeNothing() {
        String trip = Programme.trip("published");
        return BadInputHarness.writeCases(database, Map.of("trip", "select count(*) from trip where certificate_minimum_share <> 80"),
                new BadInputHarness.Write("PUT", "/api/v1/trips/" + trip + "/certificate-rule", "/api/v1/trips/" + trip,
                        () -> BadInputHarness.parse("{\"minimumShare\": 75, \"sessionTypes\": [\"lecture\", \"workshop\"]}"),
                        List.of("minimumShare", "sessionTypes"), Map.of(), List.of()));
    }

    private static String eligibilityOf(int delegates) {
        Week week = week();
        for (int index = 0; index < delegates; index++) {
            String delegate = Programme.participant(week.trip(), Programme.person("Counted" + index));
            attend(week.counted().get(index % 5), delegate, "present");
        }
        return "/api/v1/trips/" + week.trip() + "/eligibility";
    }
}
