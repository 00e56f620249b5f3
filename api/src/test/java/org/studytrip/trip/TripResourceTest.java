package org.studytrip.trip;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.studytrip.support.BadInputHarness;
import org.studytrip.support.ResourceConventionsTest;
import org.studytrip.support.Seed;

@QuarkusTest
class TripResourceTest extends ResourceConventionsTest {

    @Override
    protected String path() {
        return "/api/v1/trips";
    }

    @Override
    protected String table() {
        return "trip";
    }

    /** A draft with an organiser, two topics and two sending organisations, so list rows carry linked records. */
    @Override
    protected ObjectNode validBody(String code, String englishName) {
        ObjectNode body = BadInputHarness.parse("""
                {"title": {"zh": "测试考察"}, "summary": {"en": "A test edition."}, "hostCountry": "KR",
                 "timeZone": "Asia/Seoul", "startDate": "2027-10-11", "endDate": "2027-10-15", "status": "draft",
                 "policyFramework": {"en": "National Climate Change Adaptation Strategy 2035"}}""");
        body.put("code", code).put("organiserId", Seed.organisationId("iclei-east-asia"));
        body.with("title").put("en", englishName);
        body.putArray("topicIds").add(Seed.topicId("urban-resilience")).add(Seed.topicId("eco-mobility"));
        body.putArray("sendingOrganisationIds").add(Seed.organisationId("shenzhen-government"))
                .add(Seed.organisationId("lishui-government"));
        return body;
    }

    @Override
    protected ObjectNode fullBody(String code, String englishName) {
        return validBody(code, englishName).put("previousEditionId", Seed.tripId("study-trip-2024"));
    }

    @Override
    protected ObjectNode validBodyForRow(String code, String englishName, int row) {
        // The organiser stays the same: organisers and senders are both organisations, and a varying organiser would
        // preload some senders for 50 rows but not for 1, making the two counts differ without an N+1.
        ObjectNode body = validBody(code, englishName);
        body.putArray("topicIds").add(Seed.topicForRow(row)).add(Seed.topicForRow(row + 3));
        body.putArray("sendingOrganisationIds").add(Seed.organisationForRow(row + 2)).add(Seed.organisationForRow(row + 4));
        return body;
    }

    @Override
    protected List<String> requiredFields() {
        return List.of("code", "title", "title.en", "organiserId", "status");
    }

    @Override
    protected Map<String, Integer> maxLengths() {
        return Map.of("code", 64, "title.en", 200, "summary.en", 4000, "policyFramework.en", 4000, "timeZone", 64);
    }

    @Override
    protected List<String> enumFields() {
        return List.of("status");
    }

    @Override
    protected String nameField() {
        return "title";
    }

    /** Count, page, and one batch each for organisers, topics, sending organisations and their cities. */
    @Override
    protected int listStatements() {
        return 6;
    }

    @Test
    void theTwoEditionsAreSeeded() {
        String korea = "items.find { it.code == 'korea-2025' }";
        given().get(path() + "?q=korea-2025").then().statusCode(200)
                .body(korea + ".title.en", equalTo("Climate Change Adaptation and Urban Resilience Study Trip in South Korea"))
                .body(korea + ".startDate", equalTo("2025-10-13")).body(korea + ".endDate", equalTo("2025-10-17"))
                .body(korea + ".timeZone", equalTo("Asia/Seoul")).body(korea + ".hostCountry", equalTo("KR"))
                .body(korea + ".status", equalTo("completed"))
                .body(korea + ".organiser.code", equalTo("iclei-east-asia"))
                .body(korea + ".previousEdition.code", equalTo("study-trip-2024"))
                .body(korea + ".topics.size()", equalTo(7))
                .body(korea + ".sendingOrganisations.code", containsInAnyOrder("mee-environmental-development-center",
                        "shangluo-government", "hebei-government", "changzhi-government", "shenzhen-government",
                        "lishui-government"))
                .body(korea + ".sendingOrganisations.find { it.code == 'shenzhen-government' }.city.code",
                        equalTo("shenzhen"))
                .body(korea + ".policyFramework.en", containsString("National Climate Change Adaptation Strategy 2035"));
        given().get(path() + "?q=study-trip-2024").then()
                .body("items.find { it.code == 'study-trip-2024' }.startDate", nullValue())
                .body("items.find { it.code == 'study-trip-2024' }.status", equalTo("completed"));
    }

    @Test
    void datesMayBeUnknownButEndNeverPrecedesStart() {
        ObjectNode noDates = validBody(uniqueCode("nodates"), "No dates");
        noDates.remove("startDate");
        noDates.remove("endDate");
        create(noDates);
        ObjectNode backwards = validBody(uniqueCode("backwards"), "Backwards");
        backwards.put("endDate", "2027-10-10");
        given().contentType("application/json").body(backwards.toString()).post(path()).then().statusCode(400)
                .body("errors[0].field", equalTo("endDate"));
        ObjectNode endOnly = validBody(uniqueCode("endonly"), "End only");
        endOnly.remove("startDate");
        given().contentType("application/json").body(endOnly.toString()).post(path()).then().statusCode(400)
                .body("errors[0].field", equalTo("startDate"));
        ObjectNode farFuture = validBody(uniqueCode("farfuture"), "Far future");
        farFuture.put("startDate", "+999999-01-01").remove("endDate");
        given().contentType("application/json").body(farFuture.toString()).post(path()).then().statusCode(400)
                .body("detail", containsString("between the years 1000 and 9999"));
        ObjectNode tooLong = validBody(uniqueCode("toolong"), "Too long");
        tooLong.put("startDate", "1000-01-01").put("endDate", "9999-12-31");
        given().contentType("application/json").body(tooLong.toString()).post(path()).then().statusCode(400)
                .body("errors[0].field", equalTo("endDate")).body("errors[0].code", equalTo("too-long"));
        ObjectNode impossible = validBody(uniqueCode("impossible"), "Impossible date");
        impossible.put("startDate", "2027-02-30");
        given().contentType("application/json").body(impossible.toString()).post(path()).then().statusCode(400)
                .body("errors[0].field", equalTo("startDate"));
    }

    @Test
    void aTripIsNeverItsOwnEarlierEdition() {
        String first = create(validBody(uniqueCode("first"), "First")).path("id");
        ObjectNode secondBody = validBody(uniqueCode("second"), "Second");
        secondBody.put("previousEditionId", first);
        String second = create(secondBody).path("id");
        given().header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                .body("{\"previousEditionId\": \"" + first + "\"}").patch(path() + "/" + first).then().statusCode(400)
                .body("errors[0].field", equalTo("previousEditionId")).body("errors[0].code", equalTo("cycle"));
        given().header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                .body("{\"previousEditionId\": \"" + second + "\"}").patch(path() + "/" + first).then().statusCode(400)
                .body("errors[0].code", equalTo("cycle"));
        given().get(path() + "/" + first).then().body("previousEdition", nullValue()).header("ETag", "\"0\"");
    }

    @Test
    void unknownReferencesAreNamedByField() {
        ObjectNode body = validBody(uniqueCode("unknownref"), "Unknown reference");
        body.withArray("topicIds").add("01990292-0000-7000-8000-000000000000");
        given().contentType("application/json").body(body.toString()).post(path()).then().statusCode(400)
                .body("errors[0].field", equalTo("topicIds[2]")).body("errors[0].code", equalTo("unknown-reference"));
    }

    @Test
    void filtersByYearStatusTopicCityOrganisationAndText() {
        String code = uniqueCode("filtered");
        ObjectNode body = validBody(code, "Filtered edition");
        body.put("startDate", "2031-05-04").put("endDate", "2031-05-08").put("status", "published");
        String id = create(body).path("id");
        given().get(path() + "?year=2031&q=" + code).then().body("items.id", contains(id));
        given().get(path() + "?year=2030&q=" + code).then().body("totalItems", equalTo(0));
        given().get(path() + "?status=published&q=" + code).then().body("items.id", contains(id));
        given().get(path() + "?status=draft&q=" + code).then().body("totalItems", equalTo(0));
        given().get(path() + "?topic=eco-mobility&q=" + code).then().body("items.id", contains(id));
        given().get(path() + "?topic=nature-based-solutions&q=" + code).then().body("totalItems", equalTo(0));
        given().get(path() + "?city=lishui&q=" + code).then().body("items.id", contains(id));
        given().get(path() + "?city=changzhi&q=" + code).then().body("totalItems", equalTo(0));
        given().get(path() + "?organisation=" + Seed.organisationId("lishui-government") + "&q=" + code).then()
                .body("items.id", contains(id));
        given().get(path() + "?organisation=" + Seed.organisationId("iclei-east-asia") + "&year=2031").then()
                .body("items.id", hasItem(id));
        given().get(path() + "?organisation=" + Seed.organisationId("hebei-government") + "&q=" + code).then()
                .body("totalItems", equalTo(0));
        given().get(path() + "?city=shenzhen&year=2025").then().body("items.code", hasItem("korea-2025"));
        given().get(path() + "?year=25").then().statusCode(400).body("errors[0].field", equalTo("year"));
        given().get(path() + "?organisation=iclei").then().statusCode(400).body("errors[0].field", equalTo("organisation"));
        given().get(path() + "?status=finished").then().statusCode(400).body("errors[0].field", equalTo("status"));
    }

    @Test
    void sortsNewestFirstByDefaultAndByTitleOnRequest() {
        String marker = uniqueCode("sorted");
        for (String[] edition : new String[][] {{"a", "2040-01-01", "Zeta"}, {"b", "2042-01-01", "Alpha"},
                {"c", "2041-01-01", "Mu"}}) {
            ObjectNode body = validBody(marker + "-" + edition[0], edition[2] + " " + marker);
            body.put("startDate", edition[1]).put("endDate", edition[1]);
            create(body);
        }
        given().get(path() + "?q=" + marker).then().body("items.code", contains(marker + "-b", marker + "-c", marker + "-a"));
        given().get(path() + "?q=" + marker + "&sort=title").then()
                .body("items.code", contains(marker + "-b", marker + "-c", marker + "-a"));
        given().get(path() + "?q=" + marker + "&sort=-title").then()
                .body("items.code", contains(marker + "-a", marker + "-c", marker + "-b"));
        given().get(path() + "?q=" + marker + "&sort=startDate").then()
                .body("items.code", contains(marker + "-a", marker + "-c", marker + "-b"));
    }

    @Test
    void whatTripsReferToCannotBeDeleted() {
        String organiserCode = uniqueCode("organiser");
        String organiser = given().contentType("application/json").body("""
                {"code": "%s", "name": {"en": "Organiser"}, "type": "secretariat", "country": "KR"}"""
                .formatted(organiserCode)).post("/api/v1/organisations").then().statusCode(201).extract().path("id");
        String topicCode = uniqueCode("topic");
        String topic = given().contentType("application/json").body("""
                {"code": "%s", "name": {"en": "Topic"}}""".formatted(topicCode)).post("/api/v1/topics").then()
                .statusCode(201).extract().path("id");
        String firstCode = uniqueCode("earlier");
        ObjectNode firstBody = validBody(firstCode, "Earlier");
        firstBody.put("organiserId", organiser);
        firstBody.putArray("topicIds").add(topic);
        String first = create(firstBody).path("id");
        String laterCode = uniqueCode("later");
        ObjectNode laterBody = validBody(laterCode, "Later");
        laterBody.put("previousEditionId", first);
        String later = create(laterBody).path("id");

        given().header("If-Match", "\"0\"").delete("/api/v1/organisations/" + organiser).then().statusCode(409)
                .body("code", equalTo("in-use")).body("detail", containsString("trip '" + firstCode + "'"));
        given().header("If-Match", "\"0\"").delete("/api/v1/topics/" + topic).then().statusCode(409)
                .body("detail", containsString("trip '" + firstCode + "'"));
        given().header("If-Match", "\"0\"").delete(path() + "/" + first).then().statusCode(409)
                .body("detail", containsString("trip '" + laterCode + "' (as its previous edition)"))
                .body("references[0].id", equalTo(later)).body("references[0].relation", equalTo("previous-edition"));

        given().header("If-Match", "\"0\"").delete(path() + "/" + later).then().statusCode(204);
        given().header("If-Match", "\"0\"").delete(path() + "/" + first).then().statusCode(204);
        given().header("If-Match", "\"0\"").delete("/api/v1/topics/" + topic).then().statusCode(204);
        given().header("If-Match", "\"0\"").delete("/api/v1/organisations/" + organiser).then().statusCode(204);
    }

    @Test
    void patchReplacesTheTopicListAndBumpsTheVersion() {
        String id = create(validBody(uniqueCode("topics"), "Topics")).path("id");
        given().header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                .body("{\"topicIds\": [\"" + Seed.topicId("citizen-engagement") + "\"]}").patch(path() + "/" + id)
                .then().statusCode(200).header("ETag", "\"1\"").body("topics.code", contains("citizen-engagement"))
                .body("sendingOrganisations.code", hasItems("shenzhen-government", "lishui-government"))
                .body("topics.code", not(hasItem("eco-mobility")));
    }

    @Test
    void tripWritesAreLoggedUnderTheTrip() {
        String id = create(validBody(uniqueCode("logged"), "Logged trip")).path("id");
        var rows = database.query("select hex(trip_id) trip from change_log where entity_id = unhex(replace(?, '-', ''))", id);
        assertEquals(id.replace("-", "").toUpperCase(), rows.get(0).get("trip"));
        given().get(path() + "?status=draft&size=100").then().body("items.status", everyItem(equalTo("draft")));
    }
}
