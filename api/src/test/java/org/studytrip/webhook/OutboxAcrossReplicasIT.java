package org.studytrip.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.studytrip.support.PrivateDatabase;
import org.studytrip.support.RawHttp;
import org.studytrip.support.ServiceProcess;
import org.studytrip.support.WebhookReceiver;
import org.studytrip.support.WebhookReceiver.Received;

/**
 * The outbox with two replicas delivering from it: every delivery is acknowledged by the receiver exactly once, none is
 * sent by both, and what a replica had taken when it was killed mid-way is sent by the survivor once its lease ends.
 */
class OutboxAcrossReplicasIT {

    private static final Map<String, String> FAST_DELIVERIES = Map.of(
            "STUDYTRIP_WEBHOOKS_ALLOW_HTTP", "true", "STUDYTRIP_WEBHOOKS_ALLOWED_PRIVATE_HOSTS", "127.0.0.1",
            "STUDYTRIP_WEBHOOKS_DELIVER_DELAY", "0.2s", "STUDYTRIP_WEBHOOKS_DELIVER_EVERY", "0.2s",
            "STUDYTRIP_WEBHOOKS_RETRY_BASE", "0.3s", "STUDYTRIP_WEBHOOKS_LEASE", "3s",
            // Short leases, so that the survivor takes over within seconds; batches of two, which the receiver (answering
            // at once) lets a replica send well within its lease.
            "STUDYTRIP_WEBHOOKS_BATCH", "2");
    private static final Predicate<Received> ACKNOWLEDGED = received -> received.answeredWith() / 100 == 2;

    @Test
    void eachDeliveryIsAcknowledgedOnceAndTheSurvivorTakesOverTheDeadReplicasShare() throws Exception {
        CountDownLatch firstArrived = new CountDownLatch(1);
        CountDownLatch letFirstGo = new CountDownLatch(1);
        // The first request is held until its sender has been killed, then answered 500: it was never acknowledged.
        try (PrivateDatabase database = PrivateDatabase.start("outbox-replicas");
             WebhookReceiver receiver = WebhookReceiver.answering(n -> {
                 if (n > 1) {
                     return 204;
                 }
                 firstArrived.countDown();
                 try {
                     letFirstGo.await(60, TimeUnit.SECONDS);
                 } catch (InterruptedException e) {
                     Thread.currentThread().interrupt();
                 }
                 return 500;
             })) {
            // The doomed replica waits for its first answer as long as it takes: it is killed while it waits.
            Map<String, String> patient = new HashMap<>(FAST_DELIVERIES);
            patient.put("STUDYTRIP_WEBHOOKS_TIMEOUT", "120s");
            ServiceProcess doomed = ServiceProcess.start("outbox-doomed", database.jdbcUrl(), patient);
            ServiceProcess survivor = null;
            try {
                String trip = subscribedTrip(doomed, receiver);
                List<String> before = createSessions(doomed, trip, 12);
                assertTrue(firstArrived.await(30, TimeUnit.SECONDS), "the first delivery was sent:\n" + doomed.output());
                // The doomed replica now holds its batch (leased) and waits on the first answer.
                survivor = ServiceProcess.start("outbox-survivor", database.jdbcUrl(), FAST_DELIVERIES);
                doomed.kill();
                letFirstGo.countDown();

                List<Received> phaseOne = awaitAcknowledged(receiver, before, survivor);
                assertEquals(Set.copyOf(before), sessionIds(phaseOne.stream().filter(ACKNOWLEDGED).toList()),
                        "every session's delivery acknowledged");
                assertOncePerDelivery(phaseOne);
                assertEquals(before.size() + 1, phaseOne.size(),
                        "sent once each, but the one cut off by the kill, which was sent again");

                // Both replicas alive, writing and delivering at once: nothing is sent twice.
                try (ServiceProcess partner = ServiceProcess.start("outbox-partner", database.jdbcUrl(), FAST_DELIVERIES)) {
                    List<String> after = new ArrayList<>(createSessions(survivor, trip, 10));
                    after.addAll(createSessions(partner, trip, 10));
                    List<String> all = new ArrayList<>(before);
                    all.addAll(after);
                    List<Received> everything = awaitAcknowledged(receiver, all, partner);
                    List<Received> phaseTwo = everything.subList(phaseOne.size(), everything.size());
                    assertEquals(Set.copyOf(after), sessionIds(phaseTwo), "each new session's delivery, nothing else");
                    assertEquals(after.size(), phaseTwo.size(), "no delivery sent twice: " + phaseTwo.size());
                    assertTrue(phaseTwo.stream().allMatch(ACKNOWLEDGED));
                }
                assertEquals(List.of(List.of("DELIVERED", (long) before.size() + 20)), database.rows(
                        "select status, count(*) from webhook_delivery group by status"), "the outbox is done");
            } finally {
                doomed.close();
                if (survivor != null) {
                    survivor.close();
                }
            }
        }
    }

    /** A published trip and a partner's webhook for its new sessions, pointing at the receiver. */
    private static String subscribedTrip(ServiceProcess service, WebhookReceiver receiver) {
        String organisation = RawHttp.send(service.port(), "GET", "/api/v1/organisations?q=iclei-east-asia", Map.of(),
                null, false).json().path("items").path(0).path("id").asText();
        RawHttp.Answer trip = RawHttp.post(service.port(), "/api/v1/trips", """
                {"code": "outbox-%s", "title": {"en": "Outbox"}, "hostCountry": "KR", "timeZone": "Asia/Seoul",
                 "startDate": "2027-10-13", "endDate": "2027-10-15", "status": "published", "organiserId": "%s"}"""
                .formatted(UUID.randomUUID().toString().substring(0, 8), organisation));
        assertEquals(201, trip.status(), trip.body());
        RawHttp.Answer webhook = RawHttp.post(service.port(), "/api/v1/webhooks", """
                {"organisationId": "%s", "url": "%s", "eventTypes": ["session.created"]}"""
                .formatted(organisation, receiver.url()));
        assertEquals(201, webhook.status(), webhook.body());
        return trip.json().path("id").asText();
    }

    private static List<String> createSessions(ServiceProcess service, String trip, int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            RawHttp.Answer session = RawHttp.post(service.port(), "/api/v1/trips/" + trip + "/sessions", """
                    {"title": {"en": "Session %d"}, "type": "lecture", "startsAt": "2027-10-14T09:00:00+09:00",
                     "endsAt": "2027-10-14T10:00:00+09:00", "status": "scheduled"}""".formatted(i));
            assertEquals(201, session.status(), session.body());
            ids.add(session.json().path("id").asText());
        }
        return ids;
    }

    /** What the receiver got once every one of {@code sessions} was acknowledged (or 60 s passed). */
    private static List<Received> awaitAcknowledged(WebhookReceiver receiver, List<String> sessions, ServiceProcess sender)
            throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline
                && !sessionIds(receiver.received().stream().filter(ACKNOWLEDGED).toList()).containsAll(sessions)) {
            Thread.sleep(100);
        }
        // Anything sent twice would come within a lease and a few delivery rounds: give it the time to show.
        Thread.sleep(4_000);
        List<Received> received = receiver.received();
        assertTrue(sessionIds(received.stream().filter(ACKNOWLEDGED).toList()).containsAll(sessions),
                "all acknowledged within 60 s:\n" + sender.output());
        return received;
    }

    /** Each delivery (webhook-id) acknowledged exactly once. */
    private static void assertOncePerDelivery(List<Received> received) {
        Map<String, Long> acknowledgements = received.stream().filter(ACKNOWLEDGED)
                .collect(Collectors.groupingBy(Received::id, HashMap::new, Collectors.counting()));
        assertTrue(acknowledgements.values().stream().allMatch(times -> times == 1), "acknowledged more than once: "
                + acknowledgements);
    }

    private static Set<String> sessionIds(List<Received> received) {
        return received.stream().map(one -> JsonPath.from(one.body()).getString("data.id"))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
