package org.studytrip.session;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.studytrip.support.BadInputHarness;
import org.studytrip.support.ResourceConventionsTest;
import org.studytrip.support.Seed;

@QuarkusTest
class SessionResourceTest extends ResourceConventionsTest {

    /** A trip of its own in Seoul, 12–16 October 2027, with one venue and one expert for its sessions. */
    private static String tripId;
    private static String venueId;
    private static String expertId;

    @Override
    protected String path() {
        return "/api/v1/trips/" + trip() + "/sessions";
    }

    @Override
    protected String itemsPath() {
        return "/api/v1/sessions";
    }

    @Override
    protected String table() {
        return "trip_session";
    }

    @Override
    protected String nameField() {
        return "title";
    }

    @Override
    protected String entityType() {
        return "session";
    }

    @Override
    protected boolean hasCode() {
        return false;
    }

    @Override
    protected ObjectNode validBody(String code, String englishName) {
        ObjectNode body = BadInputHarness.parse("""
                {"title": {"ko": "도시 회복력 강의"}, "description": {"en": "How Seoul prepares for floods."},
                 "type": "lecture", "startsAt": "2027-10-13T09:30:00+09:00", "endsAt": "2027-10-13T11:00:00+09:00",
                 "language": "ko", "interpretation": "zh", "status": "scheduled"}""");
        trip();
        body.put("venueId", venueId).put("hostId", Seed.organisationId("iclei-east-asia"));
        body.putArray("expertIds").add(expertId);
        body.putArray("topicIds").add(Seed.topicId("urban-resilience"));
        body.with("title").put("en", englishName + " " + code);
        return body;
    }

    @Override
    protected ObjectNode fullBody(String code, String englishName) {
        ObjectNode body = validBody(code, englishName).put("status", "changed").put("mandatory", true);
        body.putObject("statusReason").put("en", "Moved to the morning.");
        return body;
    }

    /** Sessions of a row link to one of several experts, hosts and topics. */
    @Override
    protected ObjectNode validBodyForRow(String code, String englishName, int row) {
        ObjectNode body = validBody(code, englishName).put("hostId", Seed.organisationForRow(row));
        body.putArray("topicIds").add(Seed.topicForRow(row));
        body.putArray("expertIds").add(expertForRow(row));
        return body;
    }

    private static final java.util.Map<Integer, String> EXPERTS = new java.util.concurrent.ConcurrentHashMap<>();

    private static String expertForRow(int row) {
        return EXPERTS.computeIfAbsent(row % 5, slot -> given().contentType("application/json").body("""
                {"name": {"en": "Row expert %d"}, "organisationId": "%s"}""".formatted(slot, Seed.organisationForRow(slot)))
                .post("/api/v1/experts").then().statusCode(201).extract().path("id"));
    }

    @Override
    protected List<String> requiredFields() {
        return List.of("title", "title.en", "type", "startsAt", "endsAt", "status");
    }

    @Override
    protected Map<String, Integer> maxLengths() {
        return Map.of("title.en", 200, "description.en", 4000, "language", 16);
    }

    @Override
    protected List<String> enumFields() {
        return List.of("type", "status");
    }

    /** Trip, count and page, then one batch each for venues, organisations (hosts and experts'), experts, cities, topics. */
    @Override
    protected int listStatements() {
        return 8;
    }

    private static synchronized String trip() {
        if (tripId == null) {
            String code = uniqueCode("sessions");
            tripId = given().contentType("application/json").body("""
                    {"code": "%s", "title": {"en": "Sessions trip"}, "hostCountry": "KR", "timeZone": "Asia/Seoul",
                     "startDate": "2027-10-12", "endDate": "2027-10-16", "status": "published", "organiserId": "%s"}"""
                    .formatted(code, Seed.organisationId("iclei-east-asia"))).post("/api/v1/trips").then()
                    .statusCode(201).extract().path("id");
            venueId = given().contentType("application/json").body("""
                    {"name": {"en": "Seoul City Hall", "ko": "서울시청"}, "addressLocal": "서울특별시 중구 세종대로 110",
                     "addressEn": "110 Sejong-daero, Jung-gu, Seoul", "place": {"en": "Seoul", "ko": "서울"}}""")
                    .post("/api/v1/venues").then().statusCode(201).extract().path("id");
            expertId = given().contentType("application/json").body("""
                    {"name": {"en": "Expert %s", "ko": "전문가"}, "organisationId": "%s"}"""
                    .formatted(code, Seed.organisationId("shenzhen-government")))
                    .post("/api/v1/experts").then().statusCode(201).extract().path("id");
        }
        return tripId;
    }

    @Test
    void timesAreAcceptedWithAnyOffsetAndReturnedInTheTripsZone() {
        ObjectNode body = validBody(uniqueCode("beijing"), "Typed in Beijing");
        body.put("startsAt", "2027-10-14T08:30:00+08:00").put("endsAt", "2027-10-14T01:00:00Z");
        String id = create(body).path("id");
        given().get(item(id)).then().statusCode(200)
                .body("startsAt", equalTo("2027-10-14T09:30:00+09:00"))
                .body("endsAt", equalTo("2027-10-14T10:00:00+09:00"))
                .body("date", equalTo("2027-10-14"));
        // Whatever zone this JVM runs in (CI also runs in Asia/Shanghai), the answer is Seoul time.
        given().get(path() + "?date=2027-10-14&q=Typed").then().body("items.startsAt", hasItem("2027-10-14T09:30:00+09:00"));
    }

    @Test
    void aDayStartsAtTheTripsLocalMidnight() {
        ObjectNode early = validBody(uniqueCode("midnight"), "Just after midnight");
        early.put("startsAt", "2027-10-11T15:30:00Z").put("endsAt", "2027-10-11T16:00:00Z");
        String id = create(early).path("id");
        given().get(item(id)).then().body("date", equalTo("2027-10-12")).body("startsAt", equalTo("2027-10-12T00:30:00+09:00"));
        given().get(path() + "?date=2027-10-12&q=midnight").then().body("items.id", contains(id));
        given().get(path() + "?date=2027-10-11&q=midnight").then().body("totalItems", equalTo(0));

        ObjectNode before = validBody(uniqueCode("eve"), "The evening before");
        before.put("startsAt", "2027-10-11T23:30:00+09:00").put("endsAt", "2027-10-12T00:30:00+09:00");
        given().contentType("application/json").body(before.toString()).post(path()).then().statusCode(400)
                .body("errors[0].field", equalTo("startsAt")).body("errors[0].code", equalTo("outside-trip"));
        ObjectNode after = validBody(uniqueCode("late"), "After the last day");
        after.put("startsAt", "2027-10-16T23:00:00+09:00").put("endsAt", "2027-10-17T00:30:00+09:00");
        given().contentType("application/json").body(after.toString()).post(path()).then().statusCode(400)
                .body("errors[0].field", equalTo("endsAt"));
        ObjectNode backwards = validBody(uniqueCode("backwards"), "Backwards");
        backwards.put("endsAt", "2027-10-13T09:00:00+09:00");
        given().contentType("application/json").body(backwards.toString()).post(path()).then().statusCode(400)
                .body("errors[0].field", equalTo("endsAt")).body("errors[0].code", equalTo("not-after-start"));
    }

    @Test
    void aChangedOrCancelledSessionSaysWhy() {
        ObjectNode body = validBody(uniqueCode("cancel"), "Cancelled visit");
        body.put("status", "cancelled");
        given().contentType("application/json").body(body.toString()).post(path()).then().statusCode(400)
                .body("errors[0].field", equalTo("statusReason"));
        body.putObject("statusReason").put("en", "The site is closed after the storm.").put("zh", "暴雨后场地关闭。");
        create(body);
        given().get(path() + "?status=cancelled").then().body("items.statusReason.zh", hasItem("暴雨后场地关闭。"));
    }

    @Test
    void filtersByTopicExpertAndVenue() {
        String marker = uniqueCode("filter");
        ObjectNode body = validBody(marker, "Filtered session");
        body.putArray("topicIds").add(Seed.topicId("eco-mobility"));
        String id = create(body).path("id");
        given().get(path() + "?topic=eco-mobility&q=" + marker).then().body("items.id", contains(id));
        given().get(path() + "?topic=urban-resilience&q=" + marker).then().body("totalItems", equalTo(0));
        given().get(path() + "?expert=" + expertId + "&q=" + marker).then().body("items.id", contains(id))
                .body("items[0].experts[0].organisation.city.code", equalTo("shenzhen"));
        given().get(path() + "?venue=" + venueId + "&q=" + marker).then().body("items.id", contains(id))
                .body("items[0].venue.addressLocal", equalTo("서울특별시 중구 세종대로 110"));
        given().get(path() + "?expert=nobody").then().statusCode(400).body("errors[0].field", equalTo("expert"));
        given().get(path() + "?date=14-10-2027").then().statusCode(400).body("errors[0].field", equalTo("date"));
        given().get(path() + "?date=+999999999-12-31").then().statusCode(400).body("errors[0].field", equalTo("date"));
        ObjectNode extreme = validBody(uniqueCode("extreme"), "Extreme");
        extreme.put("endsAt", "+999999999-12-31T23:59:59-18:00");
        given().contentType("application/json").body(extreme.toString()).post(path()).then().statusCode(400)
                .body("errors[0].field", equalTo("endsAt"));
        given().get("/api/v1/trips/" + java.util.UUID.randomUUID() + "/sessions").then().statusCode(404);
    }

    @Test
    void whatSessionsReferToCannotBeDeletedAndATripWithSessionsNeither() {
        String hall = given().contentType("application/json").body("{\"name\": {\"en\": \"Hall\"}}")
                .post("/api/v1/venues").then().statusCode(201).extract().path("id");
        ObjectNode body = validBody(uniqueCode("held"), "Held at the hall");
        body.put("venueId", hall);
        String held = create(body).path("id");
        given().header("If-Match", "\"0\"").delete("/api/v1/venues/" + hall).then().statusCode(409)
                .body("detail", containsString("session 'Held at the hall"))
                .body("references", hasSize(1)).body("references[0].type", equalTo("session"))
                .body("references[0].id", equalTo(held)).body("references[0].name", startsWith("Held at the hall"));
        String expertEtag = given().get("/api/v1/experts/" + expertId).then().extract().header("ETag");
        given().header("If-Match", expertEtag).delete("/api/v1/experts/" + expertId).then().statusCode(409);
        String tripEtag = given().get("/api/v1/trips/" + tripId).then().extract().header("ETag");
        given().header("If-Match", tripEtag).delete("/api/v1/trips/" + tripId).then().statusCode(409)
                .body("detail", containsString("sessions"))
                .body("references.find { it.type == 'session' }.count", greaterThanOrEqualTo(2))
                .body("references.find { it.type == 'session' }.id", nullValue());
        given().header("If-Match", tripEtag).contentType("application/merge-patch+json").body("{\"timeZone\": null}")
                .patch("/api/v1/trips/" + tripId).then().statusCode(400).body("errors[0].field", equalTo("timeZone"));
    }
}
