package org.studytrip.changes;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Header;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.studytrip.common.changelog.ChangeLog;
import org.studytrip.common.changelog.ChangeLogRetention;
import org.studytrip.common.changelog.ChangeLogConfig;
import org.studytrip.common.text.LocalizedDescription;
import org.studytrip.support.Auth;
import org.studytrip.support.PersonalDataMarkers;
import org.studytrip.support.Programme;
import org.studytrip.support.Seed;
import org.studytrip.support.StatementCounter;
import org.studytrip.topic.Topic;

@QuarkusTest
class ChangeFeedTest {

    @Inject
    ChangeLog changeLog;

    @Inject
    ChangeLogRetention retention;

    @Inject
    ChangeLogConfig config;

    @Inject
    StatementCounter statements;

    private static void patchSession(String id, String patch) {
        long version = given().get("/api/v1/sessions/" + id).then().statusCode(200).extract().jsonPath().getLong("version");
        given().header("If-Match", "\"" + version + "\"").contentType("application/merge-patch+json").body(patch)
                .patch("/api/v1/sessions/" + id).then().statusCode(200);
    }

    /** Follows a feed from {@code after} (null: the start) until no more remain; the entries and the last cursor. */
    static Followed follow(String feed, String after, Header caller) {
        List<Map<String, Object>> items = new ArrayList<>();
        String cursor = after;
        boolean more = true;
        while (more) {
            JsonPath page = given().header(caller).queryParam("limit", 100)
                    .queryParams(cursor == null ? Map.of() : Map.of("after", cursor))
                    .get(feed).then().statusCode(200).extract().jsonPath();
            items.addAll(page.getList("items"));
            cursor = page.getString("next");
            more = page.getBoolean("more");
        }
        return new Followed(items, cursor);
    }

    record Followed(List<Map<String, Object>> items, String next) {

        List<String> operations() {
            return items.stream().map(item -> item.get("type") + " " + item.get("operation") + " " + item.get("id")).toList();
        }
    }

    private static String feedOf(String tripId) {
        return "/api/v1/trips/" + tripId + "/changes";
    }

    @Test
    void aPhoneSyncsOnlyWhatChangedWithTombstonesInOrderAndThen304() {
        String trip = Programme.trip("published");
        String changed = Programme.session(trip, "Opening lecture");
        String cancelled = Programme.session(trip, "Site visit");
        String deleted = Programme.session(trip, "Dinner");
        Header phone = Auth.ANONYMOUS;

        // Full sync: the itinerary, then the feed from its start, up to where it stands.
        given().header(phone).get("/api/v1/trips/" + trip + "/itinerary").then().statusCode(200);
        Followed full = follow(feedOf(trip), null, phone);
        // Before them the trip's organiser, unless another test pruned the log since it was recorded.
        assertEquals(List.of("trip created " + trip, "session created " + changed, "session created " + cancelled,
                "session created " + deleted), full.operations().stream()
                .filter(line -> !line.equals("organisation created " + Seed.organisationId("iclei-east-asia"))).toList());

        String added = Programme.session(trip, "Closing forum");
        patchSession(changed, "{\"startsAt\": \"2027-10-14T15:00:00+09:00\", \"endsAt\": \"2027-10-14T16:00:00+09:00\"}");
        patchSession(cancelled, "{\"status\": \"cancelled\", \"statusReason\": {\"en\": \"Rain\"}}");
        given().header("If-Match", "\"0\"").delete("/api/v1/sessions/" + deleted).then().statusCode(204);

        Response delta = given().header(phone).queryParam("after", full.next()).get(feedOf(trip));
        delta.then().statusCode(200).body("more", equalTo(false));
        Followed changes = new Followed(delta.jsonPath().getList("items"), delta.jsonPath().getString("next"));
        assertEquals(List.of("session created " + added, "session updated " + changed, "session updated " + cancelled,
                "session deleted " + deleted), changes.operations());
        assertEquals("2027-10-14T15:00:00+09:00", delta.jsonPath().getString("items[1].data.startsAt"));
        assertEquals("cancelled", delta.jsonPath().getString("items[2].data.status"));
        assertNull(delta.jsonPath().get("items[3].data"), "a deletion is a tombstone");
        List<Long> sequences = delta.jsonPath().getList("items.sequence", Long.class);
        assertEquals(sequences.stream().sorted().toList(), sequences);

        // Nothing since: an empty page, and 304 for the same question with its ETag.
        Response none = given().header(phone).queryParam("after", changes.next()).get(feedOf(trip));
        none.then().statusCode(200).body("items.size()", equalTo(0)).body("more", equalTo(false))
                .body("next", equalTo(changes.next()));
        given().header(phone).header("If-None-Match", none.header("ETag")).queryParam("after", changes.next())
                .get(feedOf(trip)).then().statusCode(304);
        // A write elsewhere changes the ETag, though this trip's page stays empty.
        Programme.session(Programme.trip("published"), "Elsewhere");
        given().header(phone).header("If-None-Match", none.header("ETag")).queryParam("after", changes.next())
                .get(feedOf(trip)).then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void aReaderBetweenTwoCommitsInReverseSequenceOrderStillGetsBoth() throws Exception {
        String first = Seed.topicId("urban-resilience");
        String second = Seed.topicId("eco-mobility");
        String start = follow("/api/v1/changes", null, Auth.as("partner")).next();

        CountDownLatch appended = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // Writer 1 takes its sequence number, then holds its transaction open.
        CompletableFuture<Void> writer1 = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(() -> {
            Topic topic = Topic.findById(UUID.fromString(first));
            topic.description = new LocalizedDescription("Written by the first writer " + UUID.randomUUID(), null, null);
            changeLog.updated(topic);
            appended.countDown();
            await(release);
        }));
        assertTrue(appended.await(10, TimeUnit.SECONDS));
        // Writer 2 starts after it, and would commit first if sequence numbers did not commit in order.
        CompletableFuture<Integer> writer2 = CompletableFuture.supplyAsync(() -> {
            long version = given().get("/api/v1/topics/" + second).then().extract().jsonPath().getLong("version");
            return given().header("If-Match", "\"" + version + "\"").contentType("application/merge-patch+json")
                    .body("{\"description\": {\"en\": \"Written by the second writer\"}}")
                    .patch("/api/v1/topics/" + second).statusCode();
        });
        Thread.sleep(600);
        Followed between = follow("/api/v1/changes", start, Auth.as("partner"));
        release.countDown();
        writer1.get(10, TimeUnit.SECONDS);
        assertEquals(200, writer2.get(10, TimeUnit.SECONDS));
        Followed after = follow("/api/v1/changes", between.next(), Auth.as("partner"));

        List<String> seen = new ArrayList<>(between.operations());
        seen.addAll(after.operations());
        assertEquals(List.of("topic updated " + first, "topic updated " + second), seen);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void eachRoleSeesTheRecordsItMayAndNoPersonalDataOfAnyTier() {
        String trip = Programme.trip("published");
        String person = given().contentType("application/json").body(PersonalDataMarkers.person("Feed", "Delegate").toString())
                .post("/api/v1/people").then().statusCode(201).extract().path("id");
        String participant = given().contentType("application/json")
                .body("{\"personId\": \"" + person + "\", \"role\": \"member\"}")
                .post("/api/v1/trips/" + trip + "/participants").then().statusCode(201).extract().path("id");
        given().header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                .body("{\"contact\": {\"phone\": \"" + PersonalDataMarkers.PHONE_PREFIX + "9999\"}}")
                .patch("/api/v1/people/" + person).then().statusCode(200);
        String draft = Programme.trip("draft");
        String draftSession = Programme.session(draft, "Not yet public");

        String delegates = "participant created " + participant;
        String profile = "person updated " + person;
        String people = feedOf(trip) + "?types=trip,session,participant,person";
        Followed anonymous = follow(people, null, Auth.ANONYMOUS);
        assertEquals(List.of("trip created " + trip), anonymous.operations());
        Followed fellow = follow(people, null, Auth.asParticipant(person));
        assertEquals(List.of("trip created " + trip, delegates, profile), fellow.operations());
        Followed partner = follow(people, null, Auth.as("partner"));
        assertEquals(fellow.operations(), partner.operations());
        given().header(Auth.ANONYMOUS).get(feedOf(draft)).then().statusCode(404);
        given().header(Auth.as("partner")).get(feedOf(draft)).then().statusCode(404);

        Followed partnerAll = follow("/api/v1/changes", null, Auth.as("partner"));
        assertTrue(partnerAll.operations().containsAll(List.of(delegates, profile)));
        assertFalse(partnerAll.operations().stream().anyMatch(line -> line.endsWith(draft) || line.endsWith(draftSession)),
                "a partner learns nothing of drafts");
        Followed organiserAll = follow("/api/v1/changes", null, Auth.as("organiser"));
        assertTrue(organiserAll.operations().containsAll(List.of("trip created " + draft, "session created " + draftSession)));
        given().header(Auth.asParticipant(person)).get("/api/v1/changes").then().statusCode(403);
        given().header(Auth.ANONYMOUS).get("/api/v1/changes").then().statusCode(401);

        for (Followed followed : List.of(fellow, partner, partnerAll, organiserAll)) {
            String shown = followed.items().toString();
            PersonalDataMarkers.all().forEach(marker -> assertFalse(shown.contains(marker), marker + " in a feed"));
        }
        Map<String, Object> person0 = fellow.items().get(2);
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) person0.get("data");
        assertEquals("Feed", data.get("familyName"));
    }

    @Test
    void aPageCostsTheSameStatementsForFiveEntriesAsForAHundred() {
        String trip = Programme.trip("published");
        String venue = given().contentType("application/json").body("{\"name\": {\"en\": \"Feed venue\"}}")
                .post("/api/v1/venues").then().statusCode(201).extract().path("id");
        for (int i = 0; i < 110; i++) {
            given().contentType("application/json").body("""
                    {"title": {"en": "Counted %d"}, "type": "lecture", "startsAt": "2027-10-14T09:00:00+09:00",
                     "endsAt": "2027-10-14T10:00:00+09:00", "status": "scheduled", "venueId": "%s",
                     "topicIds": ["%s"], "hostId": "%s"}""".formatted(i, venue, Seed.topicForRow(i), Seed.organisationForRow(i)))
                    .post("/api/v1/trips/" + trip + "/sessions").then().statusCode(201);
        }
        // Sessions only, so that both pages embed the same kinds of records.
        String sessions = feedOf(trip) + "?types=session";
        long five = statements.count(() -> given().queryParam("limit", 5).get(sessions).then().statusCode(200)
                .body("items.size()", equalTo(5)));
        long hundred = statements.count(() -> given().queryParam("limit", 100).get(sessions).then().statusCode(200)
                .body("items.size()", equalTo(100)).body("more", equalTo(true)));
        assertEquals(five, hundred, "statements for 5 entries vs 100");
    }

    @Test
    void aCursorOlderThanTheRetentionIsGoneAndBadParametersAreNamed() {
        String trip = Programme.trip("published");
        String cursor = follow(feedOf(trip), null, Auth.ANONYMOUS).next();
        Programme.session(trip, "After the cursor");
        assertTrue(retention.prune(Instant.now().plus(config.retention()).plus(Duration.ofMinutes(1))) > 0);
        given().queryParam("after", cursor).get(feedOf(trip)).then().statusCode(410).body("code", equalTo("cursor-expired"));
        // From the start (after a full read), the feed goes on with what is kept.
        Followed fresh = follow(feedOf(trip), null, Auth.ANONYMOUS);
        assertEquals(List.of(), fresh.items());
        String later = Programme.session(trip, "After the pruning");
        assertEquals(List.of("session created " + later), follow(feedOf(trip), fresh.next(), Auth.ANONYMOUS).operations());

        given().queryParam("after", "not-a-cursor").get(feedOf(trip)).then().statusCode(400)
                .body("errors[0].field", equalTo("after")).body("errors[0].code", equalTo("invalid-cursor"));
        given().queryParam("limit", 0).get(feedOf(trip)).then().statusCode(400).body("errors[0].field", equalTo("limit"));
        given().queryParam("limit", 101).get("/api/v1/changes").then().statusCode(400).body("errors[0].field", equalTo("limit"));
        given().queryParam("types", "session,ghost").get("/api/v1/changes").then().statusCode(400)
                .body("errors[0].field", equalTo("types"));
        given().get(feedOf(UUID.randomUUID().toString())).then().statusCode(404);
        assertNotNull(given().queryParam("types", "session").get("/api/v1/changes").then().statusCode(200)
                .extract().path("next"));
    }
}
