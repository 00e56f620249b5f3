package org.studytrip.session.venue;

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
class VenueResourceTest extends ResourceConventionsTest {

    @Override
    protected String path() {
        return "/api/v1/venues";
    }

    @Override
    protected String table() {
        return "venue";
    }

    @Override
    protected boolean hasCode() {
        return false;
    }

    /** In a sending city, so that list rows carry their linked city. */
    @Override
    protected ObjectNode validBody(String code, String englishName) {
        ObjectNode body = BadInputHarness.parse("""
                {"name": {"ko": "서울시청"}, "addressLocal": "서울특별시 중구 세종대로 110",
                 "addressEn": "110 Sejong-daero, Jung-gu, Seoul", "place": {"en": "Seoul", "ko": "서울"},
                 "latitude": 37.5663, "longitude": 126.9779}""");
        body.put("cityId", Seed.cityId("shenzhen"));
        body.with("name").put("en", englishName + " " + code);
        return body;
    }

    @Override
    protected ObjectNode validBodyForRow(String code, String englishName, int row) {
        return validBody(code, englishName).put("cityId", Seed.cityForRow(row));
    }

    @Override
    protected List<String> requiredFields() {
        return List.of("name", "name.en");
    }

    @Override
    protected Map<String, Integer> maxLengths() {
        return Map.of("name.en", 200, "addressLocal", 500, "addressEn", 500, "place.ko", 200);
    }

    /** Count, page, and one batch for the cities of the page. */
    @Override
    protected int listStatements() {
        return 3;
    }

    @Test
    void findsVenuesByCityAndByTheirKoreanAddress() {
        String marker = uniqueCode("venue");
        ObjectNode body = validBody(marker, "Hall");
        body.put("addressLocal", "경기도 수원시 " + marker);
        create(body);
        given().get(path() + "?q=수원시 " + marker).then().statusCode(200)
                .body("items.addressLocal", contains("경기도 수원시 " + marker));
        given().get(path() + "?city=shenzhen&q=" + marker).then().body("items.city.code", contains("shenzhen"));
        given().get(path() + "?city=lishui&q=" + marker).then().body("totalItems", equalTo(0));
    }

    @Test
    void aCityCannotBeDeletedWhileAVenueLiesInIt() {
        String cityCode = uniqueCode("venuecity");
        String city = given().contentType("application/json").body("""
                {"code": "%s", "name": {"en": "Venue city"}, "level": "district", "country": "KR", "timeZone": "Asia/Seoul"}"""
                .formatted(cityCode)).post("/api/v1/cities").then().statusCode(201).extract().path("id");
        ObjectNode body = validBody(uniqueCode("inside"), "Inside");
        body.put("cityId", city);
        String venue = create(body).path("id");
        given().header("If-Match", "\"0\"").delete("/api/v1/cities/" + city).then().statusCode(409)
                .body("detail", containsString("venue 'Inside"));
        given().header("If-Match", "\"0\"").delete(path() + "/" + venue).then().statusCode(204);
        given().header("If-Match", "\"0\"").delete("/api/v1/cities/" + city).then().statusCode(204);
    }
}
