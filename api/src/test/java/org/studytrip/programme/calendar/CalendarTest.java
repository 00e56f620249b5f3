package org.studytrip.programme.calendar;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.TimeZone;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.Test;
import org.studytrip.support.Auth;
import org.studytrip.support.PersonalDataMarkers;
import org.studytrip.support.Programme;
import org.studytrip.support.StatementCounter;

/** The calendar feeds, read back with ical4j as a calendar app would read them. */
@QuarkusTest
class CalendarTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @Inject
    StatementCounter statements;

    @Test
    void aSessionAtHalfPastNineInSeoulIsAtHalfPastNineInSeoulWhateverTheServersZone() throws Exception {
        TimeZone before = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
            String trip = Programme.trip("published");
            String session = session(trip, "Sponge city walk", "海绵城市考察", "2027-10-14T09:30:00+09:00", "scheduled");
            Calendar calendar = read(given().header(Auth.ANONYMOUS).get("/api/v1/trips/" + trip + "/calendar"));
            VEvent event = event(calendar, session);
            DtStart<?> start = event.getStartDate().orElseThrow();
            assertEquals("Asia/Seoul", start.getParameter("TZID").orElseThrow().getValue());
            assertEquals("20271014T093000", start.getValue());
            ZonedDateTime at = ZonedDateTime.from(start.getDate());
            assertEquals(ZonedDateTime.of(LocalDateTime.parse("2027-10-14T09:30"), SEOUL).toInstant(), at.toInstant());
            VTimeZone zone = (VTimeZone) calendar.getComponent("VTIMEZONE").orElseThrow();
            assertEquals("Asia/Seoul", zone.getProperty("TZID").orElseThrow().getValue());
            assertEquals("CONFIRMED", value(event, "STATUS"));
            assertEquals("Sponge city walk", value(event, "SUMMARY"));
            assertEquals(session + "@studytrip.programme", value(event, "UID"));
        } finally {
            TimeZone.setDefault(before);
        }
    }

    @Test
    void aChangeRaisesTheSequenceAndACancelledSessionStaysAsCancelled() throws Exception {
        String trip = Programme.trip("published");
        String session = session(trip, "Flood barrier visit", null, "2027-10-14T14:00:00+09:00", "scheduled");
        String url = "/api/v1/trips/" + trip + "/calendar";
        ExtractableResponse<Response> first = given().header(Auth.ANONYMOUS).get(url).then().statusCode(200)
                .contentType("text/calendar").header("Content-Language", "en").extract();
        int sequenceBefore = Integer.parseInt(value(event(read(first), session), "SEQUENCE"));

        given().header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                .body("{\"status\": \"cancelled\", \"statusReason\": {\"en\": \"Typhoon warning\"}}")
                .patch("/api/v1/sessions/" + session).then().statusCode(200);

        given().header(Auth.ANONYMOUS).header("If-None-Match", first.header("ETag")).get(url).then().statusCode(200);
        VEvent cancelled = event(read(given().header(Auth.ANONYMOUS).get(url)), session);
        assertEquals("CANCELLED", value(cancelled, "STATUS"));
        assertTrue(Integer.parseInt(value(cancelled, "SEQUENCE")) > sequenceBefore, "SEQUENCE rose");
        assertTrue(value(cancelled, "DESCRIPTION").contains("Typhoon warning"), "the reason is told");
        assertTrue(value(cancelled, "SUMMARY").startsWith("Cancelled"));
    }

    @Test
    void theFeedIsWrittenInTheAskedLanguageAndRevalidatedByItsEtag() throws Exception {
        String trip = Programme.trip("published");
        String session = session(trip, "Eco-mobility dialogue", "生态交通对话", "2027-10-13T10:00:00+09:00", "scheduled");
        String url = "/api/v1/trips/" + trip + "/calendar";

        ExtractableResponse<Response> chinese = given().header(Auth.ANONYMOUS).header("Accept-Language", "zh-CN,zh;q=0.9")
                .get(url).then().statusCode(200).header("Content-Language", "zh").extract();
        assertEquals("生态交通对话", value(event(read(chinese), session), "SUMMARY"));
        ExtractableResponse<Response> byQuery = given().header(Auth.ANONYMOUS).queryParam("lang", "zh").get(url).then()
                .statusCode(200).extract();
        assertEquals(chinese.header("ETag"), byQuery.header("ETag"));
        // Korean is missing: English stands in.
        assertEquals("Eco-mobility dialogue", value(event(read(given().header(Auth.ANONYMOUS).queryParam("lang", "ko")
                .get(url)), session), "SUMMARY"));
        String english = given().header(Auth.ANONYMOUS).get(url).then().statusCode(200).extract().header("ETag");
        assertNotEquals(english, chinese.header("ETag"), "each language has its own ETag");

        long revalidation = statements.count(() -> given().header(Auth.ANONYMOUS).queryParam("lang", "zh")
                .header("If-None-Match", chinese.header("ETag")).get(url).then().statusCode(304));
        assertTrue(revalidation <= 1, "a 304 reads the programme's version at most, was " + revalidation);

        given().header(Auth.ANONYMOUS).queryParam("lang", "fr").get(url).then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("lang"));
    }

    @Test
    void aDraftsFeedIsUnknownToAllButOrganisers() {
        String draft = Programme.trip("draft");
        given().header(Auth.ANONYMOUS).get("/api/v1/trips/" + draft + "/calendar").then().statusCode(404);
        given().header(Auth.as("partner")).get("/api/v1/trips/" + draft + "/calendar").then().statusCode(404);
        given().get("/api/v1/trips/" + draft + "/calendar").then().statusCode(200);
    }

    @Test
    void aPersonalFeedHoldsTheParticipantsTripOnlyAndAnswers404OnceRevoked() throws Exception {
        String tripA = Programme.trip("published");
        String tripB = Programme.trip("published");
        String sessionA = session(tripA, "Trip A lecture", null, "2027-10-14T09:00:00+09:00", "scheduled");
        String sessionB = session(tripB, "Trip B lecture", null, "2027-10-14T09:00:00+09:00", "scheduled");
        String personA = Programme.person("Calendar A");
        String personB = Programme.person("Calendar B");
        String participantA = Programme.participant(tripA, personA);
        String participantB = Programme.participant(tripB, personB);

        // The participant asks for their own feed; nobody else's participation is theirs to subscribe to.
        ExtractableResponse<Response> created = given().header(Auth.asParticipant(personA))
                .post("/api/v1/participants/" + participantA + "/calendar-subscriptions").then().statusCode(201)
                .extract();
        String feed = created.path("url");
        assertTrue(feed.matches("^http://.+/api/v1/calendars/[A-Za-z0-9_-]{43}$"), feed);
        assertTrue(((String) created.path("webcalUrl")).startsWith("webcal://"));
        given().header(Auth.asParticipant(personA)).post("/api/v1/participants/" + participantB + "/calendar-subscriptions")
                .then().statusCode(404);
        given().header(Auth.as("partner")).post("/api/v1/participants/" + participantA + "/calendar-subscriptions")
                .then().statusCode(403);
        String feedB = given().post("/api/v1/participants/" + participantB + "/calendar-subscriptions").then()
                .statusCode(201).extract().path("url");

        String path = feed.substring(feed.indexOf("/api/v1/"));
        Calendar personal = read(given().header(Auth.ANONYMOUS).get(path));
        List<String> uids = personal.getComponents("VEVENT").stream()
                .map(event -> event.getProperty("UID").orElseThrow().getValue()).toList();
        assertEquals(List.of(sessionA + "@studytrip.programme"), uids);
        Calendar other = read(given().header(Auth.ANONYMOUS).get(feedB.substring(feedB.indexOf("/api/v1/"))));
        assertEquals(List.of(sessionB + "@studytrip.programme"), other.getComponents("VEVENT").stream()
                .map(event -> event.getProperty("UID").orElseThrow().getValue()).toList());
        String body = given().header(Auth.ANONYMOUS).get(path).asString();
        PersonalDataMarkers.all().forEach(marker -> assertFalse(body.contains(marker), "no personal data: " + marker));

        // Listed without its address; revoked with If-Match, after which the address is unknown.
        String id = created.path("id");
        given().header(Auth.asParticipant(personA)).get("/api/v1/participants/" + participantA + "/calendar-subscriptions")
                .then().statusCode(200).body("items.id", org.hamcrest.Matchers.hasItem(id))
                .body("items[0].url", org.hamcrest.Matchers.nullValue());
        given().header(Auth.asParticipant(personB)).header("If-Match", "\"0\"")
                .delete("/api/v1/calendar-subscriptions/" + id).then().statusCode(404);
        given().header(Auth.asParticipant(personA)).delete("/api/v1/calendar-subscriptions/" + id).then().statusCode(428);
        given().header(Auth.asParticipant(personA)).header("If-Match", "\"0\"")
                .delete("/api/v1/calendar-subscriptions/" + id).then().statusCode(204);
        given().header(Auth.ANONYMOUS).get(path).then().statusCode(404);
        given().header(Auth.ANONYMOUS).get("/api/v1/calendars/" + "A".repeat(43)).then().statusCode(404);
        given().header(Auth.ANONYMOUS).get("/api/v1/calendars/not-a-secret").then().statusCode(404);
    }

    @Test
    void aPersonalFeedOfADraftIsEmptyUntilTheTripIsPublished() throws Exception {
        String draft = Programme.trip("draft");
        session(draft, "Not out yet", null, "2027-10-14T09:00:00+09:00", "scheduled");
        String feed = feedPath(Programme.participant(draft, Programme.person("Draft feed")));
        assertEquals(0, read(given().header(Auth.ANONYMOUS).get(feed)).getComponents("VEVENT").size());
    }

    @Test
    void aPersonalFeedCostsTheSameStatementsWhateverTheSizeOfTheProgramme() {
        String small = Programme.trip("published");
        String large = Programme.trip("published");
        session(small, "Only one", null, "2027-10-13T09:00:00+09:00", "scheduled");
        for (int i = 0; i < 12; i++) {
            session(large, "One of many " + i, null, "2027-10-1%dT%02d:00:00+09:00".formatted(3 + i % 3, 9 + i % 6), "scheduled");
        }
        String smallFeed = feedPath(Programme.participant(small, Programme.person("Count small")));
        String largeFeed = feedPath(Programme.participant(large, Programme.person("Count large")));
        long one = statements.count(() -> given().header(Auth.ANONYMOUS).get(smallFeed).then().statusCode(200));
        long twelve = statements.count(() -> given().header(Auth.ANONYMOUS).get(largeFeed).then().statusCode(200));
        assertEquals(one, twelve, "statements for 1 session vs 12");
        assertTrue(one <= 4, "at most 4 statements, was " + one);
    }

    private static String feedPath(String participant) {
        String url = given().post("/api/v1/participants/" + participant + "/calendar-subscriptions").then()
                .statusCode(201).extract().path("url");
        return url.substring(url.indexOf("/api/v1/"));
    }

    private static String session(String trip, String title, String chinese, String startsAt, String status) {
        return Programme.session(trip, Programme.sessionBody("site-visit", title, chinese, startsAt)
                .put("status", status).put("venueId", Programme.venue("Seoul City Hall")));
    }

    private static Calendar read(ExtractableResponse<Response> response) throws Exception {
        return new CalendarBuilder().build(new StringReader(response.asString()));
    }

    private static Calendar read(Response response) throws Exception {
        return read(response.then().statusCode(200).contentType("text/calendar").extract());
    }

    private static VEvent event(Calendar calendar, String session) {
        return calendar.<VEvent>getComponents("VEVENT").stream()
                .filter(event -> event.getProperty("UID").map(Property::getValue).orElse("").startsWith(session))
                .findFirst().orElseThrow();
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).orElseThrow().getValue();
    }
}
