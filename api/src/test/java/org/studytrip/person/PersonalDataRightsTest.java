package org.studytrip.person;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.studytrip.support.Auth;
import org.studytrip.support.Database;
import org.studytrip.support.PersonalDataMarkers;
import org.studytrip.support.Seed;
import org.studytrip.support.StatementCounter;

/** Consent records, export and erasure of one person's data (PIPL and PIPA rights). */
@QuarkusTest
class PersonalDataRightsTest {

    @Inject
    Database database;

    @Inject
    StatementCounter statements;

    private record Enrolled(String personId, String participantId, ObjectNode person) {
    }

    /** A new person taking part in a seeded trip. */
    private static Enrolled enrol(String tripCode) {
        ObjectNode person = PersonalDataMarkers.person("Rights", "Holder");
        String personId = given().contentType("application/json").body(person.toString())
                .post("/api/v1/people").then().statusCode(201).extract().path("id");
        String participantId = given().contentType("application/json")
                .body("{\"personId\": \"" + personId + "\", \"role\": \"member\"}")
                .post("/api/v1/trips/" + Seed.tripId(tripCode) + "/participants").then().statusCode(201).extract().path("id");
        return new Enrolled(personId, participantId, person);
    }

    private static ExtractableResponse<Response> consent(String participantId, String purpose, String decision) {
        return given().contentType("application/json")
                .body("{\"purpose\": \"" + purpose + "\", \"noticeVersion\": \"2025-09\", \"decision\": \"" + decision + "\"}")
                .post("/api/v1/participants/" + participantId + "/consents").then().extract();
    }

    private long consentRows() {
        return ((Number) database.query("SELECT COUNT(*) AS n FROM consent").get(0).get("n")).longValue();
    }

    @Test
    void consentDecisionsAreRecordedInOrderAndAWithdrawalIsANewRecord() {
        Enrolled enrolled = enrol("korea-2025");
        ExtractableResponse<Response> granted = consent(enrolled.participantId(), "cross-border-transfer", "granted");
        assertEquals(201, granted.statusCode());
        String location = granted.header("Location");
        given().get(location).then().statusCode(200)
                .body("participantId", equalTo(enrolled.participantId()))
                .body("purpose", equalTo("cross-border-transfer"))
                .body("noticeVersion", equalTo("2025-09"))
                .body("decision", equalTo("granted"))
                .body("recordedAt", notNullValue());
        assertEquals(201, consent(enrolled.participantId(), "cross-border-transfer", "withdrawn").statusCode());

        given().get("/api/v1/participants/" + enrolled.participantId() + "/consents").then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.decision", contains("granted", "withdrawn"));
    }

    @Test
    void aParticipantWithdrawsTheirOwnConsentButGivesItOnlyThroughTheSecretariat() {
        Enrolled enrolled = enrol("korea-2025");
        Enrolled other = enrol("korea-2025");
        assertEquals(201, consent(enrolled.participantId(), "photos-and-publicity", "granted").statusCode());
        var asMe = Auth.asParticipant(enrolled.personId());
        String withdrawal = "{\"purpose\": \"photos-and-publicity\", \"noticeVersion\": \"2025-09\", \"decision\": \"withdrawn\"}";
        long before = consentRows();
        given().header(asMe).contentType("application/json").body(withdrawal.replace("withdrawn", "granted"))
                .post("/api/v1/participants/" + enrolled.participantId() + "/consents")
                .then().statusCode(403).body("code", equalTo("forbidden"));
        given().header(asMe).contentType("application/json").body(withdrawal)
                .post("/api/v1/participants/" + other.participantId() + "/consents").then().statusCode(404);
        assertEquals(before, consentRows());

        given().header(asMe).contentType("application/json").body(withdrawal)
                .post("/api/v1/participants/" + enrolled.participantId() + "/consents").then().statusCode(201)
                .body("decision", equalTo("withdrawn"));
        given().header(asMe).get("/api/v1/participants/" + enrolled.participantId() + "/consents").then().statusCode(200)
                .body("items.decision", contains("granted", "withdrawn"));
    }

    @Test
    void aBadConsentIsRefusedAndNothingIsRecorded() {
        Enrolled enrolled = enrol("korea-2025");
        String path = "/api/v1/participants/" + enrolled.participantId() + "/consents";
        long before = consentRows();
        Map<String, String> bodies = Map.of(
                "{\"noticeVersion\": \"2025-09\", \"decision\": \"granted\"}", "purpose",
                "{\"purpose\": \"marketing\", \"noticeVersion\": \"2025-09\", \"decision\": \"granted\"}", "purpose",
                "{\"purpose\": \"photos-and-publicity\", \"noticeVersion\": \"" + "9".repeat(33) + "\", \"decision\": \"granted\"}",
                "noticeVersion",
                "{\"purpose\": \"photos-and-publicity\", \"noticeVersion\": \"2025 09\", \"decision\": \"granted\"}", "noticeVersion",
                "{\"purpose\": \"photos-and-publicity\", \"noticeVersion\": \"2025-09\"}", "decision",
                "{\"purpose\": \"photos-and-publicity\", \"noticeVersion\": \"2025-09\", \"decision\": \"granted\", \"recordedAt\": \"2020-01-01T00:00:00Z\"}",
                "recordedAt");
        bodies.forEach((body, field) -> given().contentType("application/json").body(body).post(path)
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", contains(field)));
        given().contentType("application/json").body("{\"purpose\": \"contact-sharing\", \"noticeVersion\": \"1\", \"decision\": \"granted\"}")
                .post("/api/v1/participants/" + UUID.randomUUID() + "/consents").then().statusCode(404).body("code", equalTo("not-found"));
        given().get("/api/v1/participants/not-a-uuid/consents").then().statusCode(404);
        given().get("/api/v1/consents/" + UUID.randomUUID()).then().statusCode(404);
        assertEquals(before, consentRows());
    }

    @Test
    void anExportHoldsEverythingAboutThePersonAndIsNeverCached() {
        Enrolled enrolled = enrol("korea-2025");
        consent(enrolled.participantId(), "programme-administration", "granted");
        String passport = enrolled.person().at("/protectedDetails/passportNumber").asText();

        ExtractableResponse<Response> export = given().get("/api/v1/people/" + enrolled.personId() + "/export")
                .then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("person.id", equalTo(enrolled.personId()))
                .body("person.protectedDetails.passportNumber", equalTo(passport))
                .body("person.contact.email", equalTo(enrolled.person().at("/contact/email").asText()))
                .body("participations", hasSize(1))
                .body("participations[0].trip.code", equalTo("korea-2025"))
                .body("participations[0].participant.id", equalTo(enrolled.participantId()))
                .body("participations[0].consents.purpose", contains("programme-administration"))
                .body("exportedAt", notNullValue())
                .extract();
        String etag = export.header("ETag");
        given().header("If-None-Match", etag).get("/api/v1/people/" + enrolled.personId() + "/export").then().statusCode(304);

        consent(enrolled.participantId(), "programme-administration", "withdrawn");
        String after = given().get("/api/v1/people/" + enrolled.personId() + "/export").then().statusCode(200)
                .body("participations[0].consents", hasSize(2)).extract().header("ETag");
        assertNotEquals(etag, after);
        given().get("/api/v1/people/" + UUID.randomUUID() + "/export").then().statusCode(404);
    }

    /** A new person taking part in the given trips, each sent by the given organisation (by code). */
    private static String personInTrips(Map<String, String> organisationByTrip) {
        String personId = given().contentType("application/json").body(PersonalDataMarkers.person("Exported", "Often").toString())
                .post("/api/v1/people").then().statusCode(201).extract().path("id");
        organisationByTrip.forEach((trip, organisation) -> given().contentType("application/json")
                .body("{\"personId\": \"" + personId + "\", \"role\": \"member\", \"organisationId\": \""
                        + Seed.organisationId(organisation) + "\"}")
                .post("/api/v1/trips/" + Seed.tripId(trip) + "/participants").then().statusCode(201));
        return personId;
    }

    @Test
    void anExportTakesAsManyStatementsForTwoTripsAsForOne() {
        String once = personInTrips(Map.of("korea-2025", "shenzhen-government"));
        String twice = personInTrips(Map.of("korea-2025", "shenzhen-government", "study-trip-2024", "changzhi-government"));
        long forOne = statements.count(() -> given().get("/api/v1/people/" + once + "/export").then().statusCode(200)
                .body("participations", hasSize(1)));
        long forTwo = statements.count(() -> given().get("/api/v1/people/" + twice + "/export").then().statusCode(200)
                .body("participations", hasSize(2)).body("participations.participant.organisation.city.code", hasSize(2)));
        assertEquals(forOne, forTwo, "statements of an export with one participation vs two");
    }

    @Test
    void erasureAnonymisesThePersonKeepsTheParticipationAndFreezesTheRecord() {
        Enrolled enrolled = enrol("korea-2025");
        consent(enrolled.participantId(), "photos-and-publicity", "granted");
        String path = "/api/v1/people/" + enrolled.personId();
        given().delete(path + "/personal-data").then().statusCode(428).body("code", equalTo("precondition-required"));
        given().header("If-Match", "\"999\"").delete(path + "/personal-data").then().statusCode(412);
        String etag = given().get(path).then().statusCode(200).extract().header("ETag");

        given().header("If-Match", etag).delete(path + "/personal-data").then().statusCode(204);

        ExtractableResponse<Response> erased = given().get(path).then().statusCode(200)
                .body("familyName", equalTo(PersonService.ERASED_NAME))
                .body("givenName", equalTo(PersonService.ERASED_NAME))
                .body("familyNameNative", nullValue())
                .body("contact.email", nullValue())
                .body("protectedDetails.passportNumber", nullValue())
                .body("erasedAt", notNullValue())
                .extract();
        String body = erased.asString();
        PersonalDataMarkers.all().forEach(marker -> org.hamcrest.MatcherAssert.assertThat(body, not(org.hamcrest.Matchers.containsString(marker))));
        Map<String, Object> row = database.query("SELECT email, phone, protected_details, family_name_native FROM person "
                + "WHERE id = UNHEX(REPLACE(?, '-', ''))", enrolled.personId()).get(0);
        row.forEach((column, value) -> assertNull(value, column));

        // The participation stays, anonymous, for programme statistics; the consent stays as evidence.
        given().get("/api/v1/participants/" + enrolled.participantId()).then().statusCode(200)
                .body("person.familyName", equalTo(PersonService.ERASED_NAME));
        given().get("/api/v1/participants/" + enrolled.participantId() + "/consents").then().statusCode(200)
                .body("totalItems", equalTo(1));

        // Nothing can be written into the erased record again; erasing again changes nothing.
        String current = erased.header("ETag");
        given().header("If-Match", current).contentType("application/json")
                .body(PersonalDataMarkers.person("Back", "Again").toString()).put(path)
                .then().statusCode(409).body("code", equalTo("erased"));
        given().header("If-Match", current).delete(path + "/personal-data").then().statusCode(204);
        given().get(path).then().statusCode(200).header("ETag", current)
                .body("familyName", startsWith("("));
    }

    @Test
    void aParticipationStaysWithItsPersonSoTheirConsentNeverMovesToSomeoneElse() {
        Enrolled first = enrol("korea-2025");
        consent(first.participantId(), "cross-border-transfer", "granted");
        String second = given().contentType("application/json")
                .body(PersonalDataMarkers.person("Another", "Person").toString()).post("/api/v1/people").then()
                .statusCode(201).extract().path("id");
        String item = "/api/v1/participants/" + first.participantId();
        String etag = given().get(item).then().statusCode(200).extract().header("ETag");
        long participationRows = database.counts(Map.of("p", "SELECT COUNT(*) FROM participant WHERE person_id = "
                + "UNHEX(REPLACE('" + first.personId() + "', '-', ''))")).get("p");

        for (var write : Map.of("PATCH", "application/merge-patch+json", "PUT", "application/json").entrySet()) {
            String body = write.getKey().equals("PATCH") ? "{\"personId\": \"" + second + "\"}"
                    : "{\"personId\": \"" + second + "\", \"role\": \"member\"}";
            given().header("If-Match", etag).contentType(write.getValue()).body(body).request(write.getKey(), item)
                    .then().statusCode(400).body("errors[0].field", equalTo("personId"))
                    .body("errors[0].code", equalTo("fixed"));
        }
        // What may change still changes, and the participation stays the first person's.
        given().header("If-Match", etag).contentType("application/merge-patch+json").body("{\"role\": \"interpreter\"}")
                .patch(item).then().statusCode(200).body("person.id", equalTo(first.personId()));
        assertEquals(participationRows, database.counts(Map.of("p", "SELECT COUNT(*) FROM participant WHERE person_id = "
                + "UNHEX(REPLACE('" + first.personId() + "', '-', ''))")).get("p"));
        given().get("/api/v1/people/" + first.personId() + "/export").then().statusCode(200)
                .body("participations[0].consents.purpose", contains("cross-border-transfer"));
        given().get("/api/v1/people/" + second + "/export").then().statusCode(200).body("participations", hasSize(0));
    }

    @Test
    void deletingAParticipationTakesItsConsentDecisionsWithIt() {
        Enrolled enrolled = enrol("korea-2025");
        consent(enrolled.participantId(), "contact-sharing", "granted");
        String etag = given().get("/api/v1/participants/" + enrolled.participantId()).then().extract().header("ETag");
        given().header("If-Match", etag).delete("/api/v1/participants/" + enrolled.participantId()).then().statusCode(204);
        assertEquals(0L, ((Number) database.query("SELECT COUNT(*) AS n FROM consent WHERE participant_id = "
                + "UNHEX(REPLACE(?, '-', ''))", enrolled.participantId()).get(0).get("n")).longValue());
    }
}
