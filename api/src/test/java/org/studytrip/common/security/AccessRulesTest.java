package org.studytrip.common.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.studytrip.support.Auth;
import org.studytrip.support.Database;
import org.studytrip.support.PersonalDataMarkers;
import org.studytrip.support.Seed;
import org.studytrip.support.StatementCounter;

/** What each role may see and change, beyond the matrix: own records, drafts, tokens, the access log. */
@QuarkusTest
class AccessRulesTest {

    @Inject
    Database database;

    @Inject
    StatementCounter statements;

    private static String person(ObjectNode body) {
        return given().contentType("application/json").body(body.toString()).post("/api/v1/people")
                .then().statusCode(201).extract().path("id");
    }

    private static String enrol(String personId, String tripCode) {
        return given().contentType("application/json").body("{\"personId\": \"" + personId + "\", \"role\": \"member\"}")
                .post("/api/v1/trips/" + Seed.tripId(tripCode) + "/participants").then().statusCode(201).extract().path("id");
    }

    @Test
    void aParticipantSeesTheirOwnFullRecordAndNobodyElses() {
        ObjectNode own = PersonalDataMarkers.person("Own", "Record");
        String me = person(own);
        String other = person(PersonalDataMarkers.person("Other", "Person"));
        var asMe = Auth.asParticipant(me);

        given().header(asMe).get("/api/v1/people/" + me).then().statusCode(200)
                .body("protectedDetails.passportNumber", equalTo(own.at("/protectedDetails/passportNumber").asText()));
        given().header(asMe).get("/api/v1/people/" + other).then().statusCode(404).body("code", equalTo("not-found"));
        given().header(asMe).get("/api/v1/people/" + other + "/export").then().statusCode(404);
        given().header(Auth.as("partner")).get("/api/v1/people/" + other).then().statusCode(403).body("code", equalTo("forbidden"));
        given().header(Auth.ANONYMOUS).get("/api/v1/people/" + other).then().statusCode(401)
                .body("code", equalTo("unauthenticated")).header("WWW-Authenticate", "Bearer");
    }

    @Test
    void aParticipantChangesOnlyTheirContactDietaryNotesAndEmergencyContact() {
        String me = person(PersonalDataMarkers.person("Self", "Editor"));
        String other = person(PersonalDataMarkers.person("Not", "Mine"));
        var asMe = Auth.asParticipant(me);
        String etag = given().header(asMe).get("/api/v1/people/" + me).then().extract().header("ETag");

        given().header(asMe).header("If-Match", etag).contentType("application/merge-patch+json")
                .body("{\"contact\": {\"phone\": \"+86 10 5555 0000\"}, \"protectedDetails\": {\"dietaryNotes\": \"vegetarian\"}}")
                .patch("/api/v1/people/" + me).then().statusCode(200)
                .body("contact.phone", equalTo("+86 10 5555 0000"))
                .body("protectedDetails.dietaryNotes", equalTo("vegetarian"));
        String current = given().header(asMe).get("/api/v1/people/" + me).then().extract().header("ETag");
        given().header(asMe).header("If-Match", current).contentType("application/merge-patch+json")
                .body("{\"familyName\": \"Renamed\", \"protectedDetails\": {\"passportNumber\": \"X1\"}}")
                .patch("/api/v1/people/" + me).then().statusCode(403).body("code", equalTo("forbidden"))
                .body("detail", org.hamcrest.Matchers.containsString("familyName"));
        given().header(asMe).header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                .body("{\"contact\": {\"phone\": \"+86 10 5555 0001\"}}")
                .patch("/api/v1/people/" + other).then().statusCode(404);
        given().header(asMe).header("If-Match", current).contentType("application/json")
                .body(PersonalDataMarkers.person("Put", "Self").toString()).put("/api/v1/people/" + me).then().statusCode(403);
        // Mass assignment: server-owned fields, the binding to another person, unknown names: 400, nothing written.
        for (String field : List.of("id", "version", "createdAt", "updatedAt", "erasedAt", "personId", "role")) {
            String value = field.equals("version") ? "7" : field.endsWith("At") ? "\"2020-01-01T00:00:00Z\"" : "\"" + other + "\"";
            given().header(asMe).header("If-Match", current).contentType("application/merge-patch+json")
                    .body("{\"contact\": {\"phone\": \"+86 10 5555 0002\"}, \"" + field + "\": " + value + "}")
                    .patch("/api/v1/people/" + me).then().statusCode(400).body("errors.field", hasItem(field));
        }
        given().header(asMe).header("If-Match", current).contentType("application/merge-patch+json")
                .body("{\"protectedDetails\": {\"bloodGroup\": \"A\"}}")
                .patch("/api/v1/people/" + me).then().statusCode(400);
        given().header(asMe).get("/api/v1/people/" + me).then().header("ETag", current)
                .body("contact.phone", equalTo("+86 10 5555 0000"));
    }

    @Test
    void organisersSeePassportNumbersMaskedInListsAndDelegationsAndNoOtherRoleSeesThem() {
        ObjectNode body = PersonalDataMarkers.person("Masked", "Passport");
        String personId = person(body);
        enrol(personId, "korea-2025");
        String passport = body.at("/protectedDetails/passportNumber").asText();
        String path = "/api/v1/trips/" + Seed.tripId("korea-2025") + "/participants?size=100&q=Masked";
        String row = "items.find { it.person.id == '" + personId + "' }";
        given().get(path).then().statusCode(200)
                .body(row + ".passportNumberMasked", equalTo("••••" + passport.substring(passport.length() - 4)));
        // The row is there (a missing one would pass "has no mask" too), without the mask.
        for (var other : List.of(Auth.as("partner"), Auth.asParticipant(personId))) {
            given().header(other).get(path).then().statusCode(200)
                    .body(row + ".person.id", equalTo(personId)).body(row, not(hasKey("passportNumberMasked")));
        }

        String delegations = "/api/v1/trips/" + Seed.tripId("korea-2025") + "/delegations";
        String delegate = "delegations.participants.flatten().find { it.person.id == '" + personId + "' }";
        given().get(delegations).then().statusCode(200)
                .body(delegate + ".passportNumberMasked", equalTo("••••" + passport.substring(passport.length() - 4)));

        // What carries masked passports is never stored by a cache (the next person at the device); public
        // profiles may be, for delegates offline.
        for (String list : List.of(path, delegations)) {
            given().get(list).then().statusCode(200).header("Cache-Control", "no-store");
            assertNotEquals("no-store", given().header(Auth.as("partner")).get(list).then().statusCode(200)
                    .extract().header("Cache-Control"), list);
        }
        for (var other : List.of(Auth.as("partner"), Auth.asParticipant(personId))) {
            given().header(other).get(delegations).then().statusCode(200)
                    .body(delegate + ".person.id", equalTo(personId)).body(delegate, not(hasKey("passportNumberMasked")));
        }
    }

    @Test
    void draftTripsAreUnknownToAllButOrganisers() {
        String code = "draft-" + UUID.randomUUID().toString().substring(0, 8);
        String draft = given().contentType("application/json").body("""
                {"code": "%s", "title": {"en": "A draft"}, "organiserId": "%s", "status": "draft"}"""
                .formatted(code, Seed.organisationId("iclei-east-asia"))).post("/api/v1/trips").then().statusCode(201).extract().path("id");
        for (var caller : List.of(Auth.ANONYMOUS, Auth.as("partner"), Auth.asParticipant(UUID.randomUUID().toString()))) {
            given().header(caller).get("/api/v1/trips/" + draft).then().statusCode(404);
            given().header(caller).get("/api/v1/trips/" + draft + "/itinerary").then().statusCode(404);
            given().header(caller).get("/api/v1/trips?size=100").then().statusCode(200).body("items.code", not(hasItem(code)));
        }
        given().get("/api/v1/trips/" + draft).then().statusCode(200);
        given().get("/api/v1/trips?size=100").then().statusCode(200).body("items.code", hasItem(code));
    }

    @Test
    void aParticipantSeesThePeopleOfTheirOwnTripsOnly() {
        String me = person(PersonalDataMarkers.person("Trip", "Member"));
        enrol(me, "korea-2025");
        var asMe = Auth.asParticipant(me);
        given().header(asMe).get("/api/v1/trips/" + Seed.tripId("korea-2025") + "/delegations").then().statusCode(200);
        given().header(asMe).get("/api/v1/trips/" + Seed.tripId("study-trip-2024") + "/delegations").then().statusCode(404);
        given().header(asMe).get("/api/v1/trips/" + Seed.tripId("study-trip-2024") + "/participants").then().statusCode(404);
        given().header(Auth.as("partner")).get("/api/v1/trips/" + Seed.tripId("study-trip-2024") + "/delegations").then().statusCode(200);
    }

    @Test
    void aTokenThatIsSentIsCheckedEvenWhereNoneIsNeeded() {
        given().header("Authorization", "Bearer not.a.token").get("/api/v1/cities").then().statusCode(401)
                .body("code", equalTo("unauthenticated"));
        String forged = Auth.forged(Auth.token("organiser", null));
        given().header(Auth.bearer(forged)).get("/api/v1/topics").then().statusCode(401);
        given().header(Auth.ANONYMOUS).get("/api/v1/topics").then().statusCode(200);
    }

    @Test
    void readsOfProtectedDetailsBySomeoneElseAreLogged() {
        String me = person(PersonalDataMarkers.person("Logged", "Person"));
        // Two reads within the same microsecond may come back in either order: ordered by action instead.
        String sql = "SELECT accessor, action FROM personal_data_access WHERE person_id = UNHEX(REPLACE(?, '-', '')) ORDER BY action";
        given().header(Auth.asParticipant(me)).get("/api/v1/people/" + me).then().statusCode(200);
        assertEquals(List.of(), database.query(sql, me), "the person's own reads are not logged");
        given().get("/api/v1/people/" + me).then().statusCode(200);
        given().get("/api/v1/people/" + me + "/export").then().statusCode(200);
        assertEquals(List.of(Map.of("accessor", "local-organiser", "action", "export"),
                Map.of("accessor", "local-organiser", "action", "read")), database.query(sql, me));
    }

    @Test
    void organisersReadAPersonsAccessLogInStatementsThatDoNotGrowWithIt() {
        String me = person(PersonalDataMarkers.person("Audited", "Person"));
        String log = "/api/v1/people/" + me + "/access-log";
        given().get(log).then().statusCode(200).body("totalItems", equalTo(0));
        given().get("/api/v1/people/" + me).then().statusCode(200);
        long one = statements.count(() -> given().get(log).then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].accessor", equalTo("local-organiser"))
                .body("items[0].action", equalTo("read")).body("items[0].accessedAt", notNullValue()));
        for (int i = 0; i < 20; i++) {
            given().get("/api/v1/people/" + me + "/export").then().statusCode(200);
        }
        long many = statements.count(() -> given().get(log + "?size=100").then().statusCode(200)
                .body("totalItems", equalTo(21)).body("items.action", hasItems("read", "export")));
        assertEquals(one, many, "statements for 1 entry vs 21");
        // Not the person's own business to page through, nor anyone else's; an unknown person is 404.
        given().header(Auth.asParticipant(me)).get(log).then().statusCode(403);
        given().header(Auth.as("partner")).get(log).then().statusCode(403);
        given().get("/api/v1/people/" + UUID.randomUUID() + "/access-log").then().statusCode(404);
    }
}
