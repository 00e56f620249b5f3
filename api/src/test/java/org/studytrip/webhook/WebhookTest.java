package org.studytrip.webhook;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.studytrip.support.Auth;
import org.studytrip.support.BadInputHarness;
import org.studytrip.support.Database;
import org.studytrip.support.Programme;
import org.studytrip.support.Seed;
import org.studytrip.support.StatementCounter;
import org.studytrip.support.WebhookReceiver;
import org.studytrip.support.WebhookReceiver.Received;

@QuarkusTest
class WebhookTest {

    @Inject
    Database database;

    @Inject
    StatementCounter statements;

    static ObjectNode subscription(String url, String tripId, String... eventTypes) {
        ObjectNode body = BadInputHarness.parse("{\"description\": \"Partner mirror\"}");
        body.put("organisationId", Seed.organisationId("iclei-east-asia")).put("url", url);
        var types = body.putArray("eventTypes");
        for (String type : eventTypes) {
            types.add(type);
        }
        if (tripId != null) {
            body.putArray("tripIds").add(tripId);
        }
        return body;
    }

    private static Response register(ObjectNode body) {
        return given().contentType("application/json").body(body.toString()).post("/api/v1/webhooks");
    }

    @Test
    void aReceiverThatFailsThreeTimesThenSucceedsGetsTheDeliveryExactlyOnceMoreSignedEveryTime() throws Exception {
        String trip = Programme.trip("published");
        try (WebhookReceiver receiver = WebhookReceiver.answering(n -> n <= 3 ? 500 : 204)) {
            Response created = register(subscription(receiver.url(), trip, "session.created", "session.updated"));
            created.then().statusCode(201).body("secret", startsWith("whsec_")).body("enabled", equalTo(true));
            assertEquals("no-store", created.header("Cache-Control"));
            String secret = created.path("secret");
            String webhook = created.path("id");
            given().get("/api/v1/webhooks/" + webhook).then().statusCode(200).body("secret", nullValue());

            String session = Programme.session(trip, "Announced");
            List<Received> received = receiver.await(4, 15_000);
            Thread.sleep(1_500);
            received = receiver.received();
            assertEquals(List.of(500, 500, 500, 204), received.stream().map(Received::answeredWith).toList(),
                    "three failures, one success, nothing after");
            assertEquals(1, received.stream().map(Received::id).distinct().count(), "one message id on every attempt");
            for (Received request : received) {
                assertTrue(request.signedWith(secret), "signature of " + request);
                assertTrue(Math.abs(Long.parseLong(request.timestamp()) - System.currentTimeMillis() / 1000) < 60);
            }
            JsonPath payload = JsonPath.from(received.get(3).body());
            assertEquals("session.created", payload.getString("type"));
            assertEquals(session, payload.getString("data.id"));
            assertEquals("Announced", payload.getString("data.data.title.en"));
            // Another secret does not verify: the check above can fail.
            assertTrue(!received.get(3).signedWith("whsec_" + java.util.Base64.getEncoder().encodeToString(new byte[32])));

            JsonPath log = given().get("/api/v1/webhooks/" + webhook + "/deliveries").then().statusCode(200).extract().jsonPath();
            assertEquals("delivered", log.getString("items[0].status"));
            assertEquals(4, log.getInt("items[0].attempts"));
            assertEquals(204, log.getInt("items[0].lastStatusCode"));
            assertEquals(received.get(0).id(), log.getString("items[0].id"));

            // Sent again on request, with the same id.
            given().header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                    .post("/api/v1/webhooks/" + webhook + "/deliveries/" + received.get(0).id() + "/redeliver")
                    .then().statusCode(202).body("status", equalTo("pending"));
            assertEquals(received.get(0).id(), receiver.await(5, 10_000).get(4).id());
        }
    }

    @Test
    void internalAddressesAreRefusedAsReceivers() {
        for (String url : List.of("http://10.0.0.7/hook", "http://192.168.1.20/hook", "http://169.254.169.254/latest/meta-data",
                "http://127.0.0.2:8080/hook", "http://[::1]/hook", "http://[fd00::1]/hook", "http://100.64.0.1/hook",
                "http://0.0.0.0/hook", "http://[64:ff9b::a00:7]/hook", "http://[2002:c0a8:0114::1]/hook", "ftp://127.0.0.1/hook", "http://user:pass@127.0.0.1/hook", "not a url")) {
            register(subscription(url, null, "trip.updated")).then().statusCode(400)
                    .body("errors[0].field", equalTo("url"));
        }
        register(subscription("http://127.0.0.1:9/hook", null, "trip.updated", "ghost.created")).then().statusCode(400)
                .body("errors[0].field", equalTo("eventTypes[1]"));
        assertEquals(0L, database.counts(Map.of("n", "SELECT COUNT(*) FROM webhook_subscription WHERE url LIKE '%meta-data%'"))
                .get("n"));
    }

    @Test
    void aRunOfFailuresDisablesTheWebhookAndDraftsAreNeverSent() throws Exception {
        String draft = Programme.trip("draft");
        String trip = Programme.trip("published");
        try (WebhookReceiver receiver = WebhookReceiver.answering(n -> 503)) {
            String webhook = register(subscription(receiver.url(), null, "session.created")).then().statusCode(201)
                    .extract().path("id");
            Programme.session(draft, "Not for partners");
            Programme.session(trip, "For partners");
            // 5 failures in a row (the test profile's limit), retried after 0.3, 0.6, 1.2, 2.4 s.
            receiver.await(5, 20_000);
            JsonPath state = given().get("/api/v1/webhooks/" + webhook).then().statusCode(200).extract().jsonPath();
            long deadline = System.currentTimeMillis() + 5_000;
            while (state.getBoolean("enabled") && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
                state = given().get("/api/v1/webhooks/" + webhook).then().extract().jsonPath();
            }
            assertEquals(false, state.getBoolean("enabled"));
            assertEquals("5 delivery attempts in a row failed", state.getString("disabledReason"));
            Thread.sleep(1_000);
            assertEquals(5, receiver.received().size(), "nothing is sent while disabled");
            assertTrue(receiver.received().stream().allMatch(request -> request.body().contains("For partners")),
                    "the draft's session was never sent");
            JsonPath log = given().get("/api/v1/webhooks/" + webhook + "/deliveries").then().extract().jsonPath();
            assertEquals(List.of("pending", "skipped"), log.getList("items.status"));
            given().header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                    .post("/api/v1/webhooks/" + webhook + "/deliveries/" + log.getString("items[0].id") + "/redeliver")
                    .then().statusCode(409).body("code", equalTo("webhook-disabled"));
        }
    }

    @Test
    void onlyOrganisersManageWebhooks() {
        given().header(Auth.as("partner")).get("/api/v1/webhooks").then().statusCode(403);
        given().header(Auth.ANONYMOUS).get("/api/v1/webhooks").then().statusCode(401);
        given().header(Auth.as("partner")).contentType("application/json")
                .body(subscription("http://127.0.0.1:9/x", null, "trip.updated").toString()).post("/api/v1/webhooks")
                .then().statusCode(403);
    }

    @Test
    void listsCostTheSameStatementsForOneWebhookAsForTwenty() {
        String marker = "count-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        String trip = Programme.trip("published");
        java.util.function.Supplier<String> one = () -> register(subscription("http://127.0.0.1:9/" + marker, trip,
                "session.created").put("description", marker)).then().statusCode(201).extract().path("id");
        String first = one.get();
        long single = statements.count(() -> given().get("/api/v1/webhooks?size=100&q=" + marker).then().statusCode(200)
                .body("totalItems", equalTo(1)));
        for (int i = 1; i < 20; i++) {
            one.get();
        }
        long twenty = statements.count(() -> given().get("/api/v1/webhooks?size=100&q=" + marker).then().statusCode(200)
                .body("totalItems", equalTo(20)));
        assertEquals(single, twenty, "statements for 1 webhook vs 20");
        // Deliveries: one change for each of the twenty; the log of one webhook is a page of rows, nothing embedded.
        Programme.session(trip, "Counted");
        long deliveries = statements.count(() -> given().get("/api/v1/webhooks/" + first + "/deliveries").then()
                .statusCode(200).body("totalItems", equalTo(1)));
        assertEquals(3, deliveries, "the webhook, the count and the page");
    }

    @TestFactory
    Stream<DynamicTest> badInputIsRejectedWithAProblemAndWritesNothing() {
        return BadInputHarness.cases(new BadInputHarness.Resource("/api/v1/webhooks", "/api/v1/webhooks",
                "webhook_subscription", "webhooksubscription",
                () -> subscription("http://127.0.0.1:9/hook", null, "session.created"),
                List.of("organisationId", "url", "eventTypes"), Map.of("url", 2000, "description", 500), List.of(), false),
                database);
    }
}
