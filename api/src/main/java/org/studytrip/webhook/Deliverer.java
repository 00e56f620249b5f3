package org.studytrip.webhook;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;
import org.studytrip.changes.ChangeEntry;
import org.studytrip.changes.ChangeFeedService;
import org.studytrip.common.operations.FailureNotice;
import org.studytrip.common.security.Identities;
import org.studytrip.common.security.Roles;
import org.studytrip.webhook.DeliveryQueue.Attempt;
import org.studytrip.webhook.DeliveryQueue.Leased;
import org.studytrip.webhook.DeliveryQueue.Outcome;

/**
 * Sends due deliveries, on every replica: each as Standard Webhooks describe (webhook-id, webhook-timestamp,
 * webhook-signature over id, timestamp and body), with the change as a partner may see it now. Short timeouts, no
 * redirects followed, and the receiver's address checked again just before each attempt.
 */
@ApplicationScoped
class Deliverer {

    private static final Logger LOG = Logger.getLogger(Deliverer.class);
    /** Deliveries go to partner organisations: they carry what a partner may read, drafts and protected data never. */
    private static final SecurityIdentity PARTNER = Identities.service("webhooks", Roles.PARTNER);

    private final DeliveryQueue queue;
    private final ChangeFeedService feed;
    private final ReceiverAddresses receivers;
    private final ObjectMapper json;
    private final WebhookConfig config;
    private final HttpClient client;
    private final FailureNotice notice = new FailureNotice(Deliverer.class, "Webhook deliveries");

    Deliverer(DeliveryQueue queue, ChangeFeedService feed, ReceiverAddresses receivers, ObjectMapper json,
            WebhookConfig config) {
        this.queue = queue;
        this.feed = feed;
        this.receivers = receivers;
        this.json = json;
        this.config = config;
        this.client = HttpClient.newBuilder().connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Scheduled(every = "${studytrip.webhooks.deliver-every:1s}", delayed = "${studytrip.webhooks.deliver-delay:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void deliverDue() {
        try {
            for (Leased leased : queue.take()) {
                Attempt attempt = queue.prepare(leased);
                if (attempt != null) {
                    queue.record(leased, send(attempt));
                }
            }
            notice.succeeded();
        } catch (RuntimeException failure) {
            // The database is away or busy: the deliveries wait in the outbox.
            notice.failed(failure);
        }
    }

    private Outcome send(Attempt attempt) {
        Optional<ChangeEntry> change = Identities.runAs(PARTNER, () -> feed.entry(attempt.sequence()));
        if (change.isEmpty()) {
            return new Outcome(null, null, true);
        }
        Optional<String> refusal = receivers.refusal(attempt.url());
        if (refusal.isPresent()) {
            return new Outcome(null, "refused: the address " + refusal.get(), false);
        }
        try {
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("type", attempt.eventType());
            payload.put("timestamp", Instant.now().toString());
            payload.put("data", change.get());
            String body = json.writeValueAsString(payload);
            String id = attempt.id().toString();
            long timestamp = Instant.now().getEpochSecond();
            CompletableFuture<HttpResponse<Void>> exchange = client.sendAsync(HttpRequest.newBuilder(URI.create(attempt.url()))
                    .timeout(config.timeout())
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "StudyTripProgramme-Webhooks/1.0")
                    .header("webhook-id", id)
                    .header("webhook-timestamp", Long.toString(timestamp))
                    .header("webhook-signature", WebhookSignature.sign(attempt.secret(), id, timestamp, body))
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(), HttpResponse.BodyHandlers.discarding());
            HttpResponse<Void> answer;
            try {
                // The whole exchange, body included: a receiver that trickles its answer must not hold the deliverer.
                answer = exchange.get(config.connectTimeout().plus(config.timeout()).toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException late) {
                exchange.cancel(true);
                return new Outcome(null, "timeout", false);
            } catch (ExecutionException failed) {
                throw failed.getCause() instanceof IOException io ? io : new IOException(failed.getCause());
            }
            int status = answer.statusCode();
            return new Outcome(status, status >= 300 && status < 400 ? "redirect, not followed" : null, false);
        } catch (HttpTimeoutException timeout) {
            return new Outcome(null, "timeout", false);
        } catch (ConnectException refused) {
            return new Outcome(null, "connection refused", false);
        } catch (IOException failed) {
            return new Outcome(null, "connection failed: " + failed.getClass().getSimpleName(), false);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return new Outcome(null, "interrupted", false);
        } catch (RuntimeException failed) {
            LOG.warnf("Delivery %s failed before sending: %s", attempt.id(), failed.getClass().getSimpleName());
            return new Outcome(null, "not sent: " + failed.getClass().getSimpleName(), false);
        }
    }
}
