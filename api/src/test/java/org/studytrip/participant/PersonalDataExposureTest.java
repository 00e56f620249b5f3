package org.studytrip.participant;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Header;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.studytrip.support.Auth;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.studytrip.support.ContractValidation;
import org.studytrip.support.PersonalDataMarkers;
import org.studytrip.support.Programme;
import org.studytrip.support.Seed;

/**
 * Contact and protected data never appear in any list: every collection GET of the contract (a path that does
 * not end in an id) is called with a trip that has a participant carrying marker data, and no marker may appear.
 * A new list endpoint is covered as soon as it is in openapi.yaml.
 */
@QuarkusTest
class PersonalDataExposureTest {

    /** A participant of the trip; the one with marker data, or a fellow delegate with none. */
    private static ExtractableResponse<Response> enrol(String tripId, String person) {
        String body = """
                {"role": "member", "organisationId": "%s", "person": %s}"""
                .formatted(Seed.organisationId("hebei-government"), person);
        return given().contentType("application/json").body(body)
                .post("/api/v1/trips/" + tripId + "/participants").then().statusCode(201).extract();
    }

    @Test
    void noListShowsContactOrProtectedData() throws IOException {
        String tripId = Seed.tripId("korea-2025");
        String code = "exposed" + UUID.randomUUID().toString().substring(0, 6);
        ExtractableResponse<Response> created = enrol(tripId, PersonalDataMarkers.person("Exposed", code).toString());
        String participantId = created.path("id");
        String personId = created.path("person.id");
        // The participant who looks is a fellow delegate on the same trip: they see its people, not their details.
        String fellow = enrol(tripId, "{\"familyName\": \"Fellow\", \"givenName\": \"Delegate\"}").path("person.id");
        Map<String, Header> others = new LinkedHashMap<>();
        others.put("anonymous", Auth.ANONYMOUS);
        others.put("partner", Auth.as("partner"));
        others.put("fellow participant", Auth.asParticipant(fellow));

        JsonNode paths = new ObjectMapper(new YAMLFactory()).readTree(ContractValidation.COMMITTED_CONTRACT.toFile()).get("paths");
        List<String> checked = new ArrayList<>();
        List<String> answered = new ArrayList<>();
        paths.fields().forEachRemaining(entry -> {
            String path = entry.getKey();
            if (isList(entry.getValue().get("get"))) {
                String url = path.replace("{tripId}", tripId).replace("{participantId}", participantId)
                        .replace("{id}", personId) + "?size=100";
                Map<String, Header> everyone = new LinkedHashMap<>(others);
                everyone.put("organiser", Auth.as("organiser"));
                everyone.forEach((name, role) -> {
                    ExtractableResponse<Response> response = given().header(role).get(url).then().extract();
                    assertTrue(response.statusCode() < 500, name + " " + url + ": " + response.statusCode());
                    if (response.statusCode() == 200) {
                        answered.add(name + " " + path);
                    }
                    PersonalDataMarkers.all().forEach(marker -> assertThat(url, response.asString(), not(containsString(marker))));
                });
                checked.add(path);
            }
        });
        assertTrue(checked.contains("/api/v1/people/{id}/access-log"), "the access log was checked: " + checked);
        // The lists that hold the marked person were really answered, not refused, for those who may read them.
        for (String shown : List.of("organiser /api/v1/changes", "partner /api/v1/trips/{tripId}/changes",
                "fellow participant /api/v1/trips/{tripId}/changes", "organiser /api/v1/trips/{tripId}/participants", "partner /api/v1/trips/{tripId}/participants",
                "fellow participant /api/v1/trips/{tripId}/participants", "organiser /api/v1/people", "partner /api/v1/people",
                "organiser /api/v1/participants/{participantId}/consents")) {
            assertTrue(answered.contains(shown), shown + " answered 200: " + answered);
        }

        // The marked delegate attended a session: attendance is contact-tier data, and shows nowhere else.
        String session = Programme.session(tripId, Programme.sessionBody(
                "lecture", "Exposure lecture", null, "2025-10-16T09:00:00+09:00"));
        given().contentType("application/json").body("{\"marks\": [{\"participantId\": \"" + participantId
                + "\", \"status\": \"present\"}]}").post("/api/v1/sessions/" + session + "/attendance").then().statusCode(200);
        // Details, itinerary, delegations, exports, attendance: what each other role gets, never the protected tier.
        Map<String, List<Integer>> expected = Map.ofEntries(
                Map.entry("/api/v1/people/" + personId, List.of(401, 403, 404)),
                Map.entry("/api/v1/participants/" + participantId, List.of(401, 200, 200)),
                Map.entry("/api/v1/people/" + personId + "/export", List.of(401, 403, 404)),
                Map.entry("/api/v1/trips/" + tripId + "/itinerary", List.of(200, 200, 200)),
                Map.entry("/api/v1/trips/" + tripId + "/delegations", List.of(401, 200, 200)),
                Map.entry("/api/v1/trips/" + tripId + "/delegation.csv", List.of(401, 200, 200)),
                Map.entry("/api/v1/trips/" + tripId + "/calendar", List.of(200, 200, 200)),
                Map.entry("/api/v1/trips/" + tripId + "/schedule.xml", List.of(200, 200, 200)),
                Map.entry("/api/v1/trips/" + tripId + "/schedule.json", List.of(200, 200, 200)),
                Map.entry("/api/v1/trips/" + tripId + "/linked-data", List.of(200, 200, 200)),
                Map.entry("/api/v1/sessions/" + session + "/attendance", List.of(401, 200, 200)),
                Map.entry("/api/v1/participants/" + participantId + "/eligibility", List.of(401, 403, 404)),
                Map.entry("/api/v1/trips/" + tripId + "/eligibility", List.of(401, 403, 403)));
        expected.forEach((url, statuses) -> {
            int index = 0;
            for (Map.Entry<String, Header> role : others.entrySet()) {
                String response = given().header(role.getValue()).get(url).then().statusCode(statuses.get(index++))
                        .extract().asString();
                PersonalDataMarkers.all().forEach(marker -> assertThat(role.getKey() + " " + url, response, not(containsString(marker))));
            }
        });
        // The fellow delegate's view holds the marked person's public profile: the check above looked at real data.
        given().header(Auth.asParticipant(fellow)).get("/api/v1/trips/" + tripId + "/delegations").then()
                .body(containsString(code));
    }

    @Test
    void aCertificatesPublicVerificationShowsTheHolderNoMoreThanThePrintedName() {
        String trip = Programme.trip("published");
        String session = Programme.session(trip, "Verified lecture");
        ExtractableResponse<Response> enrolled = enrol(trip, PersonalDataMarkers.person("Verified", "Holder").toString());
        String participantId = enrolled.path("id");
        given().contentType("application/json").body("{\"marks\": [{\"participantId\": \"" + participantId
                + "\", \"status\": \"present\"}]}").post("/api/v1/sessions/" + session + "/attendance").then().statusCode(200);
        String serial = given().post("/api/v1/participants/" + participantId + "/certificates").then().statusCode(201)
                .extract().path("serial");
        for (Header role : List.of(Auth.ANONYMOUS, Auth.as("partner"))) {
            String answer = given().header(role).get("/api/v1/verifications/" + serial).then().statusCode(200)
                    .body("holder.latin", equalTo("Holder VERIFIED")).extract().asString();
            PersonalDataMarkers.all().forEach(marker -> assertThat(answer, not(containsString(marker))));
            assertThat(answer, not(containsString(participantId)));
            assertThat(answer, not(containsString((String) enrolled.path("person.id"))));
        }
    }

    /** A list answers a page (schemas named Page...), as the contract filter decides too; a change feed is a list. */
    private static boolean isList(JsonNode get) {
        JsonNode schema = get == null ? null : get.at("/responses/200/content/application~1json/schema/$ref");
        return schema != null && (schema.asText().startsWith("#/components/schemas/Page")
                || schema.asText().equals("#/components/schemas/ChangePage"));
    }
}
