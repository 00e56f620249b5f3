package org.studytrip.common.access;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Header;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.studytrip.support.Auth;
import org.studytrip.support.BadInputHarness;
import org.studytrip.support.ContractValidation;
import org.studytrip.support.Seed;

/**
 * A record hidden from a caller (a draft trip, its sessions and participations) shows nowhere to that caller: not
 * read directly (404), and not as a reference inside anything else they read. Every GET operation of the contract
 * is walked as each role that may not see drafts, with a published trip that names the draft as its previous
 * edition and a delegate who takes part in both; no answer may carry the draft's id or code. A new operation is
 * walked as soon as it is in openapi.yaml (an unknown path parameter fails the test).
 */
@QuarkusTest
class HiddenReferencesTest {

    private static final Pattern PARAMETER = Pattern.compile("\\{(\\w+)}");

    private static String post(String path, ObjectNode body) {
        return given().contentType("application/json").body(body.toString()).post(path).then().statusCode(201)
                .extract().path("id");
    }

    private static ObjectNode trip(String code, String status, String previousEdition) {
        ObjectNode body = BadInputHarness.parse("""
                {"hostCountry": "KR", "timeZone": "Asia/Seoul", "startDate": "2027-10-11", "endDate": "2027-10-15"}""");
        body.put("code", code).put("status", status).put("organiserId", Seed.organisationId("iclei-east-asia"));
        body.putObject("title").put("en", "Edition " + code);
        body.putArray("topicIds").add(Seed.topicId("urban-resilience"));
        body.putArray("sendingOrganisationIds").add(Seed.organisationId("shenzhen-government"));
        if (previousEdition != null) {
            body.put("previousEditionId", previousEdition);
        }
        return body;
    }

    private static String session(String tripId, String venue, String expert) {
        ObjectNode body = BadInputHarness.parse("""
                {"title": {"en": "Site visit"}, "type": "site-visit", "startsAt": "2027-10-12T09:30:00+09:00",
                 "endsAt": "2027-10-12T11:00:00+09:00", "status": "scheduled"}""");
        body.put("hostId", Seed.organisationId("iclei-east-asia")).put("venueId", venue);
        body.putArray("topicIds").add(Seed.topicId("urban-resilience"));
        body.putArray("expertIds").add(expert);
        return post("/api/v1/trips/" + tripId + "/sessions", body);
    }

    private static String enrol(String tripId, String personId) {
        return post("/api/v1/trips/" + tripId + "/participants", BadInputHarness.parse("{\"role\": \"member\"}")
                .put("personId", personId).put("organisationId", Seed.organisationId("shenzhen-government")));
    }

    private static String consent(String participantId) {
        return post("/api/v1/participants/" + participantId + "/consents", BadInputHarness.parse(
                "{\"purpose\": \"programme-administration\", \"noticeVersion\": \"2025-09\", \"decision\": \"granted\"}"));
    }

    private static String first(String collection) {
        return given().get(collection + "?size=1").then().statusCode(200).extract().path("items[0].id");
    }

    @Test
    void noRepresentationReferencesARecordItsReaderMayNotSee() throws IOException {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String draftCode = "hidden-" + unique;
        String draft = post("/api/v1/trips", trip(draftCode, "draft", null));
        String published = post("/api/v1/trips", trip("shown-" + unique, "published", draft));
        String venue = post("/api/v1/venues", BadInputHarness.parse("{\"name\": {\"en\": \"Hall\"}}")
                .put("cityId", Seed.cityId("shenzhen")));
        String expert = post("/api/v1/experts", BadInputHarness.parse("{\"name\": {\"en\": \"Expert\"}}")
                .put("organisationId", Seed.organisationId("shenzhen-government")));
        String draftSession = session(draft, venue, expert);
        String person = post("/api/v1/people", BadInputHarness.parse("{\"familyName\": \"Both\", \"givenName\": \"Editions\"}"));
        String draftParticipation = enrol(draft, person);
        String draftConsent = consent(draftParticipation);
        // What may never show to the readers below, by id or code.
        List<String> hidden = List.of(draft, draftCode, draftSession, draftParticipation, draftConsent);
        String participation = enrol(published, person);

        // Each path parameter names a record everyone in the walk may read (or, for people, the reader's own).
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("trips", published);
        ids.put("sessions", session(published, venue, expert));
        ids.put("venues", venue);
        ids.put("experts", expert);
        ids.put("participants", participation);
        ids.put("consents", consent(participation));
        ids.put("people", person);
        ids.put("webhooks", post("/api/v1/webhooks", BadInputHarness.parse(
                "{\"url\": \"http://127.0.0.1:9/hook\", \"eventTypes\": [\"session.updated\"]}")
                .put("organisationId", Seed.organisationId("iclei-east-asia"))));
        for (String catalogue : List.of("cities", "topics", "organisations")) {
            ids.put(catalogue, first("/api/v1/" + catalogue));
        }
        // The delegate attended the published trip's session and holds its certificate.
        given().contentType("application/json").body("{\"marks\": [{\"participantId\": \"" + participation
                + "\", \"status\": \"present\"}]}").post("/api/v1/sessions/" + ids.get("sessions") + "/attendance")
                .then().statusCode(200);
        var certificate = given().post("/api/v1/participants/" + participation + "/certificates").then().statusCode(201)
                .extract();
        ids.put("certificates", certificate.path("id"));
        ids.put("verifications", certificate.path("serial"));
        var feed = given().post("/api/v1/participants/" + participation + "/calendar-subscriptions").then().statusCode(201)
                .extract();
        ids.put("calendar-subscriptions", feed.path("id"));
        String feedUrl = feed.path("url");
        ids.put("calendars", feedUrl.substring(feedUrl.lastIndexOf('/') + 1));

        // The draft really is what the published trip refers to: an organiser sees the reference.
        given().get("/api/v1/trips/" + published).then().statusCode(200)
                .body("previousEdition.code", org.hamcrest.Matchers.equalTo(draftCode));

        Map<String, Header> readers = new LinkedHashMap<>();
        readers.put("anonymous", Auth.ANONYMOUS);
        readers.put("partner", Auth.as("partner"));
        readers.put("participant of both editions", Auth.asParticipant(person));

        List<String> answered = new ArrayList<>();
        JsonNode paths = new ObjectMapper(new YAMLFactory()).readTree(ContractValidation.COMMITTED_CONTRACT.toFile()).get("paths");
        paths.fields().forEachRemaining(entry -> {
            // A stream never ends; it sends the entries of the trip's feed, which is read here like any other GET.
            if (!entry.getValue().has("get") || entry.getValue().at("/get/responses/200/content").has("text/event-stream")) {
                return;
            }
            String url = url(entry.getKey(), ids, participation, published) + "?size=100";
            readers.forEach((name, reader) -> {
                var answer = given().header(reader).get(url).then().extract();
                assertTrue(answer.statusCode() < 500, name + " " + url + ": " + answer.statusCode());
                if (answer.statusCode() == 200) {
                    answered.add(name + " " + entry.getKey());
                }
                String body = answer.asString();
                for (String record : hidden) {
                    assertFalse(body.contains(record), name + " " + url + " refers to " + record + " of the draft: " + body);
                }
            });
        });
        // The walk looked at real answers: the trip that refers to the draft, and the delegate's own export.
        for (String shown : List.of("anonymous /api/v1/trips/{id}", "partner /api/v1/trips", "anonymous /api/v1/trips",
                "participant of both editions /api/v1/people/{id}/export",
                "participant of both editions /api/v1/trips/{tripId}/itinerary")) {
            assertTrue(answered.contains(shown), shown + " answered 200: " + answered);
        }

        // Read directly, the draft and what belongs to it are unknown to the same readers.
        readers.forEach((name, reader) -> {
            for (String direct : List.of("/api/v1/trips/" + draft, "/api/v1/sessions/" + draftSession,
                    "/api/v1/participants/" + draftParticipation, "/api/v1/consents/" + draftConsent,
                    "/api/v1/participants/" + draftParticipation + "/consents", "/api/v1/trips/" + draft + "/itinerary",
                    "/api/v1/trips/" + draft + "/sessions", "/api/v1/trips/" + draft + "/participants",
                    "/api/v1/trips/" + draft + "/delegations", "/api/v1/trips/" + draft + "/topics",
                    "/api/v1/sessions/" + draftSession + "/attendance", "/api/v1/trips/" + draft + "/certificate-rule",
                    "/api/v1/participants/" + draftParticipation + "/eligibility")) {
                int status = given().header(reader).get(direct).then().extract().statusCode();
                // Unknown (404), or not for this role at all (401, 403): never there.
                assertTrue(List.of(401, 403, 404).contains(status), name + " " + direct + ": " + status);
            }
        });
        // The delegate's export lists the participation they may read, not the one in the draft.
        assertEquals(List.of(participation), given().header(Auth.asParticipant(person)).get("/api/v1/people/" + person
                + "/export").then().statusCode(200).extract().path("participations.participant.id"));
    }

    private static String url(String template, Map<String, String> ids, String participation, String trip) {
        String collection = template.split("/")[3];
        Matcher parameter = PARAMETER.matcher(template);
        StringBuilder url = new StringBuilder();
        while (parameter.find()) {
            String value = switch (parameter.group(1)) {
                case "id" -> ids.get(collection);
                case "feed" -> ids.get("calendars");
                case "tripId" -> trip;
                case "participantId" -> participation;
                case "sessionId" -> ids.get("sessions");
                case "serial" -> ids.get("verifications");
                case "issuerId" -> ids.get("organisations");
                default -> null;
            };
            if (value == null) {
                throw new AssertionError("No record to walk " + template + " with: name one for {" + parameter.group(1) + "}");
            }
            parameter.appendReplacement(url, value);
        }
        return parameter.appendTail(url).toString();
    }
}
