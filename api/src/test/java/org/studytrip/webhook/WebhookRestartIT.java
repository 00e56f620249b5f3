package org.studytrip.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.studytrip.support.PrivateDatabase;
import org.studytrip.support.RawHttp;
import org.studytrip.support.ServiceProcess;
import org.studytrip.support.WebhookReceiver;

/**
 * The service stops between a write and its delivery: the delivery was written with the change, so the next process
 * on the same database sends it, signed as the first would have.
 */
class WebhookRestartIT {

    private static final Map<String, String> RECEIVER_ON_LOOPBACK = Map.of(
            "STUDYTRIP_WEBHOOKS_ALLOW_HTTP", "true", "STUDYTRIP_WEBHOOKS_ALLOWED_PRIVATE_HOSTS", "127.0.0.1");

    @Test
    void aRestartBetweenTheWriteAndItsDeliveryLosesNothing() throws Exception {
        try (PrivateDatabase database = PrivateDatabase.start("webhook-restart");
             WebhookReceiver receiver = WebhookReceiver.answering(n -> 204)) {
            String secret;
            String sessionId;
            Map<String, String> paused = new HashMap<>(RECEIVER_ON_LOOPBACK);
            // This process never gets round to sending: its first look would be in an hour.
            paused.put("STUDYTRIP_WEBHOOKS_DELIVER_DELAY", "1h");
            try (ServiceProcess first = ServiceProcess.start("webhook-first", database.jdbcUrl(), paused)) {
                String organisation = RawHttp.send(first.port(), "GET", "/api/v1/organisations?q=iclei-east-asia", Map.of(),
                        null, false).json().path("items").path(0).path("id").asText();
                String trip = RawHttp.post(first.port(), "/api/v1/trips", """
                        {"code": "restart-%s", "title": {"en": "Restart"}, "hostCountry": "KR", "timeZone": "Asia/Seoul",
                         "startDate": "2027-10-13", "endDate": "2027-10-15", "status": "published", "organiserId": "%s"}"""
                        .formatted(UUID.randomUUID().toString().substring(0, 8), organisation)).json().path("id").asText();
                RawHttp.Answer webhook = RawHttp.post(first.port(), "/api/v1/webhooks", """
                        {"organisationId": "%s", "url": "%s", "eventTypes": ["session.created"]}"""
                        .formatted(organisation, receiver.url()));
                assertEquals(201, webhook.status(), webhook.body());
                secret = webhook.json().path("secret").asText();
                RawHttp.Answer session = RawHttp.post(first.port(), "/api/v1/trips/" + trip + "/sessions", """
                        {"title": {"en": "Written before the restart"}, "type": "lecture",
                         "startsAt": "2027-10-14T09:00:00+09:00", "endsAt": "2027-10-14T10:00:00+09:00", "status": "scheduled"}""");
                assertEquals(201, session.status(), session.body());
                sessionId = session.json().path("id").asText();
                first.terminate();
                assertTrue(first.awaitExit(Duration.ofSeconds(30)));
            }
            assertEquals(List.of(), receiver.received(), "nothing was sent before the restart");

            try (ServiceProcess second = ServiceProcess.start("webhook-second", database.jdbcUrl(), RECEIVER_ON_LOOPBACK)) {
                List<WebhookReceiver.Received> received = receiver.await(1, 30_000);
                assertEquals(1, received.size(), second.output());
                assertTrue(received.get(0).signedWith(secret));
                assertEquals(sessionId, JsonPath.from(received.get(0).body()).getString("data.id"));
            }
        }
    }
}
