package org.studytrip.organisation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.studytrip.support.BadInputHarness;
import org.studytrip.support.ResourceConventionsTest;
import org.studytrip.support.Seed;

@QuarkusTest
class OrganisationResourceTest extends ResourceConventionsTest {

    @Override
    protected String path() {
        return "/api/v1/organisations";
    }

    @Override
    protected String table() {
        return "organisation";
    }

    /** A local government, so that list rows carry their linked city. */
    @Override
    protected ObjectNode validBody(String code, String englishName) {
        ObjectNode body = BadInputHarness.parse("""
                {"name": {"zh": "测试市人民政府"}, "type": "local-government", "country": "CN",
                 "website": "https://www.example.gov.cn", "email": "office@example.gov.cn", "phone": "+86 755 1234 5678"}""");
        body.put("code", code).put("cityId", Seed.cityId("shenzhen"));
        body.with("name").put("en", englishName);
        return body;
    }

    @Override
    protected ObjectNode validBodyForRow(String code, String englishName, int row) {
        return validBody(code, englishName).put("cityId", Seed.cityForRow(row));
    }

    @Override
    protected List<String> requiredFields() {
        return List.of("code", "name", "name.en", "type", "country");
    }

    @Override
    protected Map<String, Integer> maxLengths() {
        return Map.of("code", 64, "name.en", 200, "name.zh", 200, "website", 500);
    }

    @Override
    protected List<String> enumFields() {
        return List.of("type");
    }

    /** Count, page, and one batch for the cities of the page. */
    @Override
    protected int listStatements() {
        return 3;
    }

    @Test
    void theFiveLocalGovernmentsAreSeededEachPointingToItsCity() {
        var cities = Map.of("shangluo-government", "shangluo", "hebei-government", "hebei",
                "changzhi-government", "changzhi", "shenzhen-government", "shenzhen", "lishui-government", "lishui");
        cities.forEach((organisation, city) -> given().get(path() + "?type=local-government&q=" + organisation)
                .then().statusCode(200).body("items.find { it.code == '" + organisation + "' }.city.code", equalTo(city)));
        given().get(path() + "?type=local-government&size=100").then().body("items.type", everyItem(equalTo("local-government")))
                .body("items.code", hasItem("shenzhen-government"));
        given().get(path() + "?type=national-body").then()
                .body("items.code", hasItem("mee-environmental-development-center"));
        given().get(path() + "?type=secretariat&country=KR").then().body("items.code", hasItem("iclei-east-asia"));
    }

    @Test
    void aLocalGovernmentNeedsItsCityAndANationalBodyHasNone() {
        ObjectNode noCity = validBody(uniqueCode("nocity"), "No city");
        noCity.remove("cityId");
        given().contentType("application/json").body(noCity.toString()).post(path()).then().statusCode(400)
                .body("errors[0].field", equalTo("cityId")).body("errors[0].code", equalTo("required"));
        ObjectNode nationalWithCity = validBody(uniqueCode("national"), "National");
        nationalWithCity.put("type", "national-body");
        given().contentType("application/json").body(nationalWithCity.toString()).post(path()).then().statusCode(400)
                .body("errors[0].field", equalTo("cityId")).body("errors[0].code", equalTo("not-allowed"));
        ObjectNode unknownCity = validBody(uniqueCode("unknown"), "Unknown city");
        unknownCity.put("cityId", "01990292-0000-7000-8000-000000000000");
        given().contentType("application/json").body(unknownCity.toString()).post(path()).then().statusCode(400)
                .body("errors[0].field", equalTo("cityId")).body("errors[0].code", equalTo("unknown-reference"));
    }

    @Test
    void filtersByCityCodeCountryTypeAndText() {
        String city = createCity();
        String code = uniqueCode("org");
        ObjectNode body = validBody(code, "Filtered government");
        body.put("cityId", given().get("/api/v1/cities?q=" + city).then().extract().<String>path("items[0].id"));
        create(body);
        given().get(path() + "?city=" + city).then().body("items.code", containsInAnyOrder(code));
        given().get(path() + "?city=" + city + "&type=secretariat").then().body("totalItems", equalTo(0));
        given().get(path() + "?city=" + city + "&country=CN&q=filtered").then().body("items.code", containsInAnyOrder(code));
        given().get(path() + "?type=ministry").then().statusCode(400).body("errors[0].field", equalTo("type"));
    }

    @Test
    void sortsByTypeThenName() {
        String marker = uniqueCode("sort");
        for (String[] organisation : new String[][] {{"a", "secretariat", "Beta"}, {"b", "national-body", "Alpha"},
                {"c", "secretariat", "Alpha"}}) {
            ObjectNode body = validBody(marker + "-" + organisation[0], organisation[2] + " " + marker);
            body.put("type", organisation[1]).remove("cityId");
            create(body);
        }
        given().get(path() + "?q=" + marker + "&sort=type,name").then()
                .body("items.code", contains(marker + "-b", marker + "-c", marker + "-a"));
        given().get(path() + "?q=" + marker + "&sort=-name,code").then()
                .body("items.code", contains(marker + "-a", marker + "-b", marker + "-c"));
    }

    @Test
    void aCityCannotBeDeletedWhileAnOrganisationPointsToIt() {
        String city = createCity();
        var cityItem = given().get("/api/v1/cities?q=" + city).then().extract().<Map<String, Object>>path("items[0]");
        String code = uniqueCode("holder");
        ObjectNode body = validBody(code, "Holder");
        body.put("cityId", (String) cityItem.get("id"));
        String organisationId = create(body).path("id");
        given().header("If-Match", "\"0\"").delete("/api/v1/cities/" + cityItem.get("id")).then().statusCode(409)
                .body("code", equalTo("in-use")).body("detail", containsString("organisation '" + code + "'"));
        given().header("If-Match", "\"0\"").delete(path() + "/" + organisationId).then().statusCode(204);
        given().header("If-Match", "\"0\"").delete("/api/v1/cities/" + cityItem.get("id")).then().statusCode(204);
    }

    private String createCity() {
        String code = uniqueCode("city");
        given().contentType("application/json").body("""
                {"code": "%s", "name": {"en": "City %s"}, "level": "county", "country": "CN", "timeZone": "Asia/Shanghai"}"""
                .formatted(code, code)).post("/api/v1/cities").then().statusCode(201);
        return code;
    }
}
