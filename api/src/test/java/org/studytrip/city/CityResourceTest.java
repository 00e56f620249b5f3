package org.studytrip.city;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.studytrip.support.BadInputHarness;
import org.studytrip.support.ResourceConventionsTest;

@QuarkusTest
class CityResourceTest extends ResourceConventionsTest {

    @Override
    protected String path() {
        return "/api/v1/cities";
    }

    @Override
    protected String table() {
        return "city";
    }

    @Override
    protected ObjectNode validBody(String code, String englishName) {
        ObjectNode body = BadInputHarness.parse("""
                {"name": {"zh": "测试市"}, "province": {"en": "Testland", "zh": "测试省"},
                 "level": "prefecture-level-city", "country": "CN", "timeZone": "Asia/Shanghai",
                 "latitude": 30.5, "longitude": 114.25}""");
        body.put("code", code);
        body.with("name").put("en", englishName);
        return body;
    }

    @Override
    protected List<String> requiredFields() {
        return List.of("code", "name", "name.en", "level", "country", "timeZone");
    }

    @Override
    protected Map<String, Integer> maxLengths() {
        return Map.of("code", 64, "name.en", 200, "name.zh", 200, "province.en", 200, "timeZone", 64);
    }

    @Override
    protected List<String> enumFields() {
        return List.of("level");
    }

    @Test
    void theFiveSendingLocalGovernmentsAreSeededWithChineseNames() {
        for (String code : List.of("changzhi", "hebei", "lishui", "shangluo", "shenzhen")) {
            given().get(path() + "?q=" + code).then().statusCode(200).body("items.code", hasItems(code));
        }
        String shenzhen = "items.find { it.code == 'shenzhen' }";
        given().get(path() + "?q=深圳").then().statusCode(200)
                .body(shenzhen + ".name.zh", equalTo("深圳市"))
                .body(shenzhen + ".province.en", equalTo("Guangdong"))
                .body(shenzhen + ".level", equalTo("sub-provincial-city"))
                .body(shenzhen + ".timeZone", equalTo("Asia/Shanghai"));
        String hebei = "items.find { it.code == 'hebei' }";
        given().get(path() + "?q=hebei").then().body(hebei + ".level", equalTo("province"))
                .body(hebei + ".name.zh", equalTo("河北省"));
    }

    @Test
    void filtersByProvinceInAnyLanguageLevelAndCountry() {
        String code = uniqueCode("filter");
        ObjectNode body = validBody(code, "Filterville");
        body.with("province").put("en", "Province " + code).put("zh", "省" + code);
        body.put("level", "county").put("country", "KR").put("timeZone", "Asia/Seoul");
        create(body);
        given().get(path() + "?province=Province " + code).then().body("items.code", contains(code));
        given().get(path() + "?province=省" + code).then().body("items.code", contains(code));
        given().get(path() + "?level=county&country=KR&q=" + code).then().body("items.code", contains(code));
        given().get(path() + "?level=county&country=CN&q=" + code).then().body("totalItems", equalTo(0));
        given().get(path() + "?level=province").then().body("items.level", everyItem(equalTo("province")));
        given().get(path() + "?level=capital").then().statusCode(400).body("errors[0].field", equalTo("level"));
    }

    @Test
    void sortsByNameDescendingAndByLevelThenCode() {
        given().get(path() + "?country=CN&q=an&sort=-name").then().statusCode(200)
                .body("items.code", hasItems("shangluo", "changzhi"));
        var names = given().get(path() + "?sort=-name&size=100").then().statusCode(200)
                .extract().<String>jsonPath().getList("items.name.en", String.class);
        var sorted = names.stream().sorted(String.CASE_INSENSITIVE_ORDER.reversed()).toList();
        org.junit.jupiter.api.Assertions.assertEquals(sorted, names);
        given().get(path() + "?sort=level,code&q=shenzhen").then().statusCode(200);
    }

    @Test
    void rejectsTimeZonesThatAreNotIana() {
        for (String zone : List.of("GMT+8", "CST", "Asia/Nowhere", "+08:00")) {
            ObjectNode body = validBody(uniqueCode("tz"), "Zone");
            body.put("timeZone", zone);
            given().contentType("application/json").body(body.toString()).post(path()).then().statusCode(400)
                    .body("errors.field", containsInAnyOrder("timeZone"));
        }
    }
}
