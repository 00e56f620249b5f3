package org.studytrip.programme.linkeddata;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.document.JsonDocument;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.studytrip.support.Auth;
import org.studytrip.support.Programme;
import org.studytrip.support.Seed;

/** The JSON-LD export, expanded by a JSON-LD 1.1 processor: what a partner's page or a search engine reads. */
@QuarkusTest
class LinkedDataTest {

    private static final String SCHEMA = "https://schema.org/";

    @Test
    void aPublishedTripExpandsToSchemaOrgEventsWithPlacesPeopleAndItsSeries() throws Exception {
        String earlier = Programme.trip("completed");
        String trip = edition(earlier);
        String expert = given().contentType("application/json").body("""
                {"name": {"en": "Linked expert", "zh": "关联专家"}, "organisationId": "%s"}"""
                .formatted(Seed.organisationId("shenzhen-government"))).post("/api/v1/experts").then().statusCode(201)
                .extract().path("id");
        ObjectNode walk = session("Sponge city walk", "海绵城市考察", "2027-10-14T09:30:00+09:00");
        walk.put("venueId", Programme.venue("Seoul City Hall")).putArray("expertIds").add(expert);
        String walkId = Programme.session(trip, walk);
        ObjectNode tour = session("Harbour tour", null, "2027-10-15T14:00:00+09:00");
        tour.put("status", "cancelled").putObject("statusReason").put("en", "Typhoon warning");
        String tourId = Programme.session(trip, tour);

        byte[] body = given().header(Auth.ANONYMOUS).queryParam("lang", "zh").get("/api/v1/trips/" + trip + "/linked-data")
                .then().statusCode(200).contentType("application/ld+json").header("Content-Language", "zh")
                .extract().asByteArray();
        JsonArray expanded = JsonLd.expand(JsonDocument.of(new ByteArrayInputStream(body))).get();
        assertEquals(1, expanded.size());
        JsonObject event = expanded.getJsonObject(0);
        assertEquals(List.of(SCHEMA + "Event"), types(event));
        assertTrue(event.getString("@id").endsWith("/trips/" + trip));

        JsonObject series = event.getJsonArray(SCHEMA + "superEvent").getJsonObject(0);
        assertEquals(List.of(SCHEMA + "EventSeries"), types(series));
        assertEquals(2, series.getJsonArray(SCHEMA + "subEvent").size(), "both editions");

        JsonObject sponge = sub(event, walkId);
        assertEquals("海绵城市考察", value(sponge, "name"));
        assertEquals("2027-10-14T09:30:00+09:00", value(sponge, "startDate"));
        assertEquals(SCHEMA + "EventScheduled", sponge.getJsonArray(SCHEMA + "eventStatus").getJsonObject(0).getString("@id"));
        JsonObject place = sponge.getJsonArray(SCHEMA + "location").getJsonObject(0);
        assertEquals(List.of(SCHEMA + "Place"), types(place));
        JsonArray street = place.getJsonArray(SCHEMA + "address").getJsonObject(0).getJsonArray(SCHEMA + "streetAddress");
        assertTrue(street.stream().map(JsonValue::asJsonObject).anyMatch(address -> "ko".equals(address.getString("@language"))
                && address.getString("@value").startsWith("서울")), "the Korean address, tagged as Korean");
        JsonObject person = sponge.getJsonArray(SCHEMA + "performer").getJsonObject(0);
        assertEquals(List.of(SCHEMA + "Person"), types(person));
        assertEquals("关联专家", value(person, "name"));
        assertEquals(List.of(SCHEMA + "Organization"), types(person.getJsonArray(SCHEMA + "affiliation").getJsonObject(0)));

        assertEquals(SCHEMA + "EventCancelled", sub(event, tourId).getJsonArray(SCHEMA + "eventStatus").getJsonObject(0)
                .getString("@id"));
    }

    @Test
    void aDraftIsUnknown() {
        given().header(Auth.ANONYMOUS).get("/api/v1/trips/" + Programme.trip("draft") + "/linked-data").then().statusCode(404);
    }

    private static String edition(String previous) {
        String code = "linked-" + UUID.randomUUID().toString().substring(0, 8);
        return given().contentType("application/json").body("""
                {"code": "%s", "title": {"en": "Linked trip", "zh": "关联考察"}, "hostCountry": "KR", "timeZone": "Asia/Seoul",
                 "startDate": "2027-10-13", "endDate": "2027-10-15", "status": "published", "organiserId": "%s",
                 "previousEditionId": "%s", "sendingOrganisationIds": ["%s"]}"""
                .formatted(code, Seed.organisationId("iclei-east-asia"), previous, Seed.organisationId("lishui-government")))
                .post("/api/v1/trips").then().statusCode(201).extract().path("id");
    }

    private static ObjectNode session(String title, String chinese, String startsAt) {
        return Programme.sessionBody("lecture", title, chinese, startsAt);
    }

    private static JsonObject sub(JsonObject event, String sessionId) {
        return event.getJsonArray(SCHEMA + "subEvent").stream().map(JsonValue::asJsonObject)
                .filter(sub -> sub.getString("@id").endsWith("/sessions/" + sessionId)).findFirst().orElseThrow();
    }

    private static List<String> types(JsonObject node) {
        return node.getJsonArray("@type").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
    }

    private static String value(JsonObject node, String property) {
        return node.getJsonArray(SCHEMA + property).getJsonObject(0).getString("@value");
    }
}
