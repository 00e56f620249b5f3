package org.studytrip.participant;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.studytrip.support.BadInputHarness;
import org.studytrip.support.PersonalDataMarkers;
import org.studytrip.support.ResourceConventionsTest;
import org.studytrip.support.Seed;

@QuarkusTest
class ParticipantResourceTest extends ResourceConventionsTest {

    @Override
    protected String path() {
        return "/api/v1/trips/" + Seed.tripId("korea-2025") + "/participants";
    }

    @Override
    protected String itemsPath() {
        return "/api/v1/participants";
    }

    @Override
    protected String table() {
        return "participant";
    }

    @Override
    protected String nameField() {
        return "position";
    }

    @Override
    protected boolean hasCode() {
        return false;
    }

    /** People recorded for the bodies below, by code: a replacement (same code) keeps the participation's person. */
    private final Map<String, String> people = new ConcurrentHashMap<>();

    /** A person (marker data, one per code) as a member from a local government; the position carries the code. */
    @Override
    protected ObjectNode validBody(String code, String englishName) {
        String person = people.computeIfAbsent(code, key -> given().contentType("application/json")
                .body(PersonalDataMarkers.person("Member", key).toString()).post("/api/v1/people").then()
                .statusCode(201).extract().path("id"));
        ObjectNode body = BadInputHarness.parse("""
                {"role": "member", "position": {"zh": "处长"}}""");
        body.put("personId", person).put("organisationId", Seed.organisationId("shenzhen-government"));
        body.with("position").put("en", englishName + " " + code);
        return body;
    }

    /** A new person is only read when the participation is created; the record then names it by personId. */
    @Override
    protected List<String> writeOnlyFields() {
        return List.of("person");
    }

    @Override
    protected ObjectNode validBodyForRow(String code, String englishName, int row) {
        return validBody(code, englishName).put("organisationId", Seed.organisationForRow(row));
    }

    @Override
    protected List<String> requiredFields() {
        return List.of("role", "personId");
    }

    @Override
    protected Map<String, Integer> maxLengths() {
        return Map.of("position.en", 200, "position.ko", 200);
    }

    @Override
    protected List<String> enumFields() {
        return List.of("role");
    }

    /** Trip, count and page, then one batch each for people, organisations and their cities. */
    @Override
    protected int listStatements() {
        return 6;
    }

    @Test
    void aNewPersonCanBeRecordedInlineAndTakesPartOnce() {
        String code = uniqueCode("inline");
        ObjectNode body = BadInputHarness.parse("""
                {"role": "head-of-delegation", "position": {"en": "Director"}}""");
        body.set("person", PersonalDataMarkers.person("Inline", code));
        String id = create(body).path("id");
        String person = given().get(item(id)).then().body("person.givenName", equalTo(code))
                .body("role", equalTo("head-of-delegation")).extract().path("person.id");
        ObjectNode again = BadInputHarness.parse("{\"role\": \"member\"}").put("personId", person);
        given().contentType("application/json").body(again.toString()).post(path()).then().statusCode(409)
                .body("errors[0].field", equalTo("personId"));
        ObjectNode both = again.deepCopy();
        both.set("person", PersonalDataMarkers.person("Both", code));
        given().contentType("application/json").body(both.toString()).post(path()).then().statusCode(400)
                .body("errors[0].code", equalTo("one-of"));
    }

    @Test
    void filtersByOrganisationCityRoleAndName() {
        String code = uniqueCode("filter");
        ObjectNode body = validBody(code, "Filtered");
        body.put("organisationId", Seed.organisationId("lishui-government")).put("role", "interpreter");
        String id = create(body).path("id");
        given().get(path() + "?city=lishui&role=interpreter").then().body("items.id", org.hamcrest.Matchers.hasItem(id));
        given().get(path() + "?organisation=" + Seed.organisationId("lishui-government") + "&q=" + code).then()
                .body("items.id", contains(id));
        given().get(path() + "?city=changzhi&q=" + code).then().body("totalItems", equalTo(0));
        given().get(path() + "?role=guest").then().statusCode(400).body("errors[0].field", equalTo("role"));
    }
}
