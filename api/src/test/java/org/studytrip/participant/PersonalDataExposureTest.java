package org.studytrip.participant;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
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
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.studytrip.support.ContractValidation;
import org.studytrip.support.PersonalDataMarkers;
import org.studytrip.support.Seed;

/**
 * Contact and protected data never appear in any list: every collection GET of the contract (a path that does
 * not end in an id) is called with a trip that has a participant carrying marker data, and no marker may appear.
 * A new list endpoint is covered as soon as it is in openapi.yaml.
 */
@QuarkusTest
class PersonalDataExposureTest {

    @Test
    void noListShowsContactOrProtectedData() throws IOException {
        String tripId = Seed.tripId("korea-2025");
        String code = "exposed" + UUID.randomUUID().toString().substring(0, 6);
        String body = """
                {"role": "member", "organisationId": "%s", "person": %s}"""
                .formatted(Seed.organisationId("hebei-government"), PersonalDataMarkers.person("Exposed", code));
        ExtractableResponse<Response> created = given().contentType("application/json").body(body)
                .post("/api/v1/trips/" + tripId + "/participants").then().statusCode(201).extract();
        String participantId = created.path("id");
        String personId = created.path("person.id");

        JsonNode paths = new ObjectMapper(new YAMLFactory()).readTree(ContractValidation.COMMITTED_CONTRACT.toFile()).get("paths");
        List<String> checked = new ArrayList<>();
        paths.fields().forEachRemaining(entry -> {
            String path = entry.getKey();
            if (isList(entry.getValue().get("get"))) {
                String url = path.replace("{tripId}", tripId).replace("{participantId}", participantId)
                        .replace("{id}", personId) + "?size=100";
                List<Header> everyone = new ArrayList<>(roles(null));
                everyone.add(Auth.as("organiser"));
                for (Header role : everyone) {
                    String response = given().header(role).get(url).then().extract().asString();
                    PersonalDataMarkers.all().forEach(marker -> assertThat(url, response, not(containsString(marker))));
                }
                checked.add(path);
            }
        });
        assertTrue(checked.contains("/api/v1/trips/{tripId}/participants"), "the participants list was checked: " + checked);
        assertTrue(checked.contains("/api/v1/people"), "the people list was checked: " + checked);
        assertTrue(checked.contains("/api/v1/participants/{participantId}/consents"), "consents were checked: " + checked);
        assertTrue(checked.contains("/api/v1/people/{id}/access-log"), "the access log was checked: " + checked);

        // Details, itinerary, delegations and export: only the organiser and the person see the protected tier.
        for (String url : List.of("/api/v1/people/" + personId, "/api/v1/people/" + personId + "/export",
                "/api/v1/participants/" + participantId, "/api/v1/trips/" + tripId + "/itinerary",
                "/api/v1/trips/" + tripId + "/delegations")) {
            for (Header role : roles(UUID.randomUUID().toString())) {
                String response = given().header(role).get(url).then().extract().asString();
                PersonalDataMarkers.all().forEach(marker -> assertThat(role + " " + url, response, not(containsString(marker))));
            }
        }
    }

    /** Every role that may not see someone else's protected details; a participant bound to another person. */
    private static List<Header> roles(String otherPerson) {
        return List.of(Auth.ANONYMOUS, Auth.as("partner"),
                Auth.asParticipant(otherPerson == null ? UUID.randomUUID().toString() : otherPerson));
    }

    /** A list answers a page (schemas named Page...), as the contract filter decides too. */
    private static boolean isList(JsonNode get) {
        JsonNode schema = get == null ? null : get.at("/responses/200/content/application~1json/schema/$ref");
        return schema != null && schema.asText().startsWith("#/components/schemas/Page");
    }
}
