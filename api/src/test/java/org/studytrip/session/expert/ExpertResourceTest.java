package org.studytrip.session.expert;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.studytrip.support.BadInputHarness;
import org.studytrip.support.ResourceConventionsTest;
import org.studytrip.support.Seed;

@QuarkusTest
class ExpertResourceTest extends ResourceConventionsTest {

    @Override
    protected String path() {
        return "/api/v1/experts";
    }

    @Override
    protected String table() {
        return "expert";
    }

    @Override
    protected boolean hasCode() {
        return false;
    }

    /** With an organisation (and its city) and two topics, so that list rows carry linked records. */
    @Override
    protected ObjectNode validBody(String code, String englishName) {
        ObjectNode body = BadInputHarness.parse("""
                {"name": {"ko": "김민준"}, "title": {"en": "Senior researcher", "ko": "선임연구원"},
                 "bio": {"en": "Works on urban heat islands."}}""");
        body.put("organisationId", Seed.organisationId("shenzhen-government"));
        body.putArray("topicIds").add(Seed.topicId("urban-resilience")).add(Seed.topicId("nature-based-solutions"));
        body.with("name").put("en", englishName + " " + code);
        return body;
    }

    @Override
    protected ObjectNode validBodyForRow(String code, String englishName, int row) {
        ObjectNode body = validBody(code, englishName).put("organisationId", Seed.organisationForRow(row));
        body.putArray("topicIds").add(Seed.topicForRow(row)).add(Seed.topicForRow(row + 1));
        return body;
    }

    @Override
    protected List<String> requiredFields() {
        return List.of("name", "name.en");
    }

    @Override
    protected Map<String, Integer> maxLengths() {
        return Map.of("name.en", 200, "title.ko", 200, "bio.en", 4000);
    }

    /** Count, page, and one batch each for organisations, their cities and topics. */
    @Override
    protected int listStatements() {
        return 5;
    }

    @Test
    void filtersByOrganisationTopicAndName() {
        String marker = uniqueCode("expert");
        create(validBody(marker, "Filtered Expert"));
        given().get(path() + "?topic=nature-based-solutions&q=" + marker).then().statusCode(200)
                .body("items.name.en", contains("Filtered Expert " + marker));
        given().get(path() + "?topic=eco-mobility&q=" + marker).then().body("totalItems", equalTo(0));
        given().get(path() + "?organisation=" + Seed.organisationId("shenzhen-government") + "&q=" + marker).then()
                .body("totalItems", equalTo(1)).body("items[0].organisation.city.code", equalTo("shenzhen"));
        given().get(path() + "?organisation=" + Seed.organisationId("lishui-government") + "&q=" + marker).then()
                .body("totalItems", equalTo(0));
        given().get(path() + "?q=김민준&size=1").then().body("items[0].name.ko", equalTo("김민준"));
    }

    @Test
    void anOrganisationOrTopicCannotBeDeletedWhileAnExpertRefersToIt() {
        String code = uniqueCode("employer");
        String organisation = given().contentType("application/json").body("""
                {"code": "%s", "name": {"en": "Employer"}, "type": "public-institution", "country": "KR"}"""
                .formatted(code)).post("/api/v1/organisations").then().statusCode(201).extract().path("id");
        ObjectNode body = validBody(uniqueCode("employee"), "Employee");
        body.put("organisationId", organisation);
        String expert = create(body).path("id");
        given().header("If-Match", "\"0\"").delete("/api/v1/organisations/" + organisation).then().statusCode(409)
                .body("detail", containsString("expert 'Employee"));
        given().header("If-Match", "\"0\"").delete(path() + "/" + expert).then().statusCode(204);
        given().header("If-Match", "\"0\"").delete("/api/v1/organisations/" + organisation).then().statusCode(204);
    }
}
