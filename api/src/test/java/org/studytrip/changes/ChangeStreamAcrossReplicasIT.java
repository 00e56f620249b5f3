package org.studytrip.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.studytrip.support.EventStreamClient;
import org.studytrip.support.EventStreamClient.Event;
import org.studytrip.support.PrivateDatabase;
import org.studytrip.support.RawHttp;
import org.studytrip.support.ServiceProcess;

/**
 * Two instances of the service on one database, as behind a load balancer: a write through one reaches a browser
 * that follows the trip's events on the other, and versions the itinerary alike on both, because each follows the
 * shared change log.
 */
class ChangeStreamAcrossReplicasIT {

    @Test
    void aWriteThroughOneInstanceReachesAStreamAndTheEtagsOfTheOther() throws Exception {
        try (PrivateDatabase database = PrivateDatabase.start("replicas");
             ServiceProcess writer = ServiceProcess.start("replica-a", database.jdbcUrl(), Map.of());
             // B is read by phones that revalidate as fast as they can, beyond any client's default budget.
             ServiceProcess streamer = ServiceProcess.start("replica-b", database.jdbcUrl(),
                     Map.of("STUDYTRIP_READS_PER_MINUTE", "1000000000", "STUDYTRIP_READ_BURST", "1000000000"))) {
            // An organisation the migrations record on every database.
            String organiser = RawHttp.send(writer.port(), "GET", "/api/v1/organisations?q=iclei-east-asia", Map.of(), null,
                    false).json().path("items").path(0).path("id").asText();
            RawHttp.Answer trip = RawHttp.post(writer.port(), "/api/v1/trips", """
                    {"code": "replicas-%s", "title": {"en": "Two replicas"}, "hostCountry": "KR", "timeZone": "Asia/Seoul",
                     "startDate": "2027-10-13", "endDate": "2027-10-15", "status": "published", "organiserId": "%s"}"""
                    .formatted(UUID.randomUUID().toString().substring(0, 8), organiser));
            assertEquals(201, trip.status(), trip.body());
            String tripId = trip.json().path("id").asText();

            try (EventStreamClient stream = EventStreamClient.connect("http://localhost:" + streamer.port()
                    + "/api/v1/trips/" + tripId + "/events", Map.of())) {
                assertEquals(200, stream.status());
                stream.expect("ready", Duration.ofSeconds(10));
                RawHttp.Answer session = RawHttp.post(writer.port(), "/api/v1/trips/" + tripId + "/sessions", """
                        {"title": {"en": "Written through A"}, "type": "lecture", "startsAt": "2027-10-14T09:00:00+09:00",
                         "endsAt": "2027-10-14T10:00:00+09:00", "status": "scheduled"}""");
                assertEquals(201, session.status(), session.body());
                Event change = stream.expect("change", Duration.ofSeconds(10));
                assertEquals(session.json().path("id").asText(), JsonPath.from(change.data()).getString("id"));
                assertEquals("Written through A", JsonPath.from(change.data()).getString("data.title.en"));
            }
            // Right after the write committed, both instances version the itinerary alike: a phone that revalidates
            // through the other instance gets the new programme, never a stale 304.
            String itinerary = "/api/v1/trips/" + tripId + "/itinerary";
            RawHttp.Answer before = RawHttp.send(writer.port(), "GET", itinerary, Map.of(), null, false);
            RawHttp.post(writer.port(), "/api/v1/trips/" + tripId + "/sessions", """
                    {"title": {"en": "Second"}, "type": "lecture", "startsAt": "2027-10-14T11:00:00+09:00",
                     "endsAt": "2027-10-14T12:00:00+09:00", "status": "scheduled"}""");
            String throughA = RawHttp.send(writer.port(), "GET", itinerary, Map.of(), null, false).header("ETag");
            RawHttp.Answer throughB = RawHttp.send(streamer.port(), "GET", itinerary,
                    Map.of("If-None-Match", before.header("ETag")), null, false);
            assertEquals(200, throughB.status());
            assertEquals(throughA, throughB.header("ETag"));

            // B busy with phones revalidating anonymously (answered from memory, with a head read at most 2 ms
            // before): once a write through A has been answered, B's next answer has it, never a stale 304.
            AtomicBoolean busy = new AtomicBoolean(true);
            List<Thread> phones = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                Thread phone = new Thread(() -> {
                    while (busy.get()) {
                        RawHttp.anonymous(streamer.port(), itinerary, Map.of());
                    }
                });
                phone.start();
                phones.add(phone);
            }
            try {
                for (int i = 0; i < 20; i++) {
                    String held = RawHttp.anonymous(streamer.port(), itinerary, Map.of()).header("ETag");
                    RawHttp.Answer written = RawHttp.post(writer.port(), "/api/v1/trips/" + tripId + "/sessions", """
                            {"title": {"en": "Busy %d"}, "type": "lecture", "startsAt": "2027-10-15T%02d:00:00+09:00",
                             "endsAt": "2027-10-15T%02d:30:00+09:00", "status": "scheduled"}""".formatted(i, i, i));
                    assertEquals(201, written.status(), written.body());
                    RawHttp.Answer revalidated = RawHttp.anonymous(streamer.port(), itinerary, Map.of("If-None-Match", held));
                    assertEquals(200, revalidated.status(), "revalidated through B after write " + i);
                    assertTrue(revalidated.body().contains("Busy " + i), "write " + i);
                }
            } finally {
                busy.set(false);
                for (Thread phone : phones) {
                    phone.join();
                }
            }
        }
    }
}
