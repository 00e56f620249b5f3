package org.studytrip.programme.schedule;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.studytrip.support.Auth;
import org.studytrip.support.Programme;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** schedule.xml and schedule.json validated against the voc/schedule schemas, as schedule apps expect them. */
@QuarkusTest
class ScheduleTest {

    private static final String SCHEMAS = "/schemas/schedule/";

    @Inject
    ObjectMapper json;

    @Test
    void theScheduleXmlIsValidAgainstTheXsd() throws Exception {
        String trip = tripWithProgramme();
        byte[] xml = given().header(Auth.ANONYMOUS).get("/api/v1/trips/" + trip + "/schedule.xml").then().statusCode(200)
                .contentType("application/xml").extract().asByteArray();
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(new StreamSource(resource("schedule.xml.xsd")))
                .newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));

        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        NodeList days = document.getElementsByTagName("day");
        assertEquals(3, days.getLength(), "every day of the trip");
        Element walk = event(document, "Sponge city walk");
        assertEquals("2027-10-14T09:30:00+09:00", text(walk, "date"));
        assertEquals("09:30", text(walk, "start"));
        assertEquals("01:30", text(walk, "duration"));
        assertEquals("Seoul City Hall", text(walk, "room"));
        assertEquals("Schedule expert", text(walk, "person"));
        assertTrue(text(event(document, "Cancelled: Harbour tour"), "description").contains("Typhoon"));
    }

    @Test
    void theScheduleJsonIsValidAgainstTheJsonSchemaAndSpeaksTheAskedLanguage() throws Exception {
        String trip = tripWithProgramme();
        byte[] body = given().header(Auth.ANONYMOUS).queryParam("lang", "zh").get("/api/v1/trips/" + trip + "/schedule.json")
                .then().statusCode(200).header("Content-Language", "zh").extract().asByteArray();
        JsonNode schedule = json.readTree(body);
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        JsonSchema schema;
        try (InputStream in = resource("schedule.schema.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V6).getSchema(in, config);
        }
        Set<ValidationMessage> errors = schema.validate(schedule);
        assertEquals(Set.of(), errors, new String(body));

        JsonNode conference = schedule.path("schedule").path("conference");
        assertEquals(3, conference.path("daysCount").asInt());
        JsonNode day = conference.path("days").get(1);
        // The venue has no Chinese name: its English one stands in.
        JsonNode walk = day.path("rooms").path("Seoul City Hall").get(0);
        assertEquals("海绵城市考察", walk.path("title").asText());
        assertEquals("2027-10-14T09:30:00+09:00", walk.path("date").asText());
        assertEquals("Asia/Seoul", conference.path("time_zone_name").asText());
    }

    @Test
    void eventIdsStayWhenTheProgrammeChanges() throws Exception {
        String trip = tripWithProgramme();
        String url = "/api/v1/trips/" + trip + "/schedule.json";
        List<Integer> before = ids(json.readTree(given().header(Auth.ANONYMOUS).get(url).asByteArray()));
        Programme.session(trip, session("Added later", null, "2027-10-13T16:00:00+09:00", null));
        List<Integer> after = ids(json.readTree(given().header(Auth.ANONYMOUS).get(url).asByteArray()));
        assertTrue(after.containsAll(before), before + " kept in " + after);
        assertEquals(before.size() + 1, after.size());
    }

    @Test
    void theCopiedSchemasAreThePublishedOnes() throws IOException {
        Path shared = Path.of("..", "..", "shared", "schemas", "schedule").toAbsolutePath().normalize();
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(shared), "no shared schemas folder at " + shared);
        for (String name : List.of("schedule.xml.xsd", "schedule.schema.json")) {
            try (InputStream copy = resource(name)) {
                assertArrayEquals(Files.readAllBytes(shared.resolve(name)), copy.readAllBytes(), name);
            }
        }
    }

    /** Three days in Seoul: a site visit with an expert and a topic, a cancelled tour, a session without a venue. */
    private String tripWithProgramme() {
        String trip = Programme.trip("published");
        String expert = given().contentType("application/json").body("""
                {"name": {"en": "Schedule expert", "zh": "日程专家"}}""").post("/api/v1/experts").then().statusCode(201)
                .extract().path("id");
        String topic = given().get("/api/v1/topics?size=1").then().statusCode(200).extract().path("items[0].id");
        ObjectNode walk = session("Sponge city walk", "海绵城市考察", "2027-10-14T09:30:00+09:00", Programme.venue("Seoul City Hall"));
        walk.putArray("expertIds").add(expert);
        walk.putArray("topicIds").add(topic);
        Programme.session(trip, walk);
        ObjectNode tour = session("Harbour tour", null, "2027-10-15T14:00:00+09:00", Programme.venue("Incheon port"));
        tour.put("status", "cancelled").putObject("statusReason").put("en", "Typhoon warning");
        Programme.session(trip, tour);
        Programme.session(trip, session("Dinner", "晚宴", "2027-10-13T19:00:00+09:00", null));
        return trip;
    }

    private static ObjectNode session(String title, String chinese, String startsAt, String venue) {
        return Programme.sessionBody("site-visit", title, chinese, startsAt).put("venueId", venue);
    }

    private static List<Integer> ids(JsonNode schedule) {
        List<Integer> ids = new java.util.ArrayList<>();
        schedule.path("schedule").path("conference").path("days").forEach(day -> day.path("rooms")
                .forEach(room -> room.forEach(event -> ids.add(event.path("id").asInt()))));
        return ids;
    }

    private static Element event(Document document, String title) {
        NodeList events = document.getElementsByTagName("event");
        for (int i = 0; i < events.getLength(); i++) {
            Element event = (Element) events.item(i);
            if (text(event, "title").equals(title)) {
                return event;
            }
        }
        throw new AssertionError("no event " + title);
    }

    private static String text(Element parent, String tag) {
        return parent.getElementsByTagName(tag).item(0).getTextContent();
    }

    private static InputStream resource(String name) {
        return ScheduleTest.class.getResourceAsStream(SCHEMAS + name);
    }
}
