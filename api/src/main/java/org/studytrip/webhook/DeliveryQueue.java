package org.studytrip.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.studytrip.common.persistence.BinaryIds;
import org.studytrip.common.privacy.Sealer;

/**
 * The outbox as the deliverers of all replicas share it, each step in a short transaction of its own: take due
 * deliveries (rows another replica holds are skipped, and a taken row is leased, so that it is not sent twice at
 * once), read what one attempt needs, and record how it went.
 */
@ApplicationScoped
class DeliveryQueue {

    /** A delivery this replica has taken, until the lease ends: after that another replica may take it. */
    record Leased(UUID id, Instant until) {
    }

    /** What one attempt sends, and where. */
    record Attempt(UUID id, String url, String secret, long sequence, String eventType) {
    }

    /** How an attempt went: the receiver's status, or what prevented an answer; skipped when nothing was to be sent. */
    record Outcome(Integer status, String error, boolean skipped) {

        boolean delivered() {
            return status != null && status >= 200 && status < 300;
        }
    }

    private final WebhookConfig config;
    private final Sealer sealer;

    DeliveryQueue(WebhookConfig config, Sealer sealer) {
        this.config = config;
        this.sealer = sealer;
    }

    /** Due deliveries of enabled webhooks, oldest first, that no other replica holds; leased to this one. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    List<Leased> take() {
        EntityManager entities = WebhookDelivery.getEntityManager();
        Instant now = Instant.now();
        // As the column keeps it, so that the lease read back is the same instant.
        Instant until = now.plus(config.lease()).truncatedTo(ChronoUnit.MICROS);
        // The enabled webhooks first, read without locks: a locking read would lock their rows too, which a write
        // adding deliveries for them reads at the same time (its foreign keys), and the two would deadlock.
        @SuppressWarnings("unchecked")
        List<byte[]> enabled = entities.createNativeQuery("select id from webhook_subscription where disabled_at is null")
                .getResultList();
        if (enabled.isEmpty()) {
            return List.of();
        }
        // Native: SKIP LOCKED without "OF", which MariaDB does not read (Hibernate's MySQL dialect writes it).
        @SuppressWarnings("unchecked")
        List<byte[]> due = entities.createNativeQuery("""
                        select d.id from webhook_delivery d
                        where d.status = 'PENDING' and d.next_attempt_at <= ?1 and d.subscription_id in (?3)
                        order by d.next_attempt_at, d.seq limit ?2 for update skip locked""")
                .setParameter(1, now)
                .setParameter(2, config.batch())
                .setParameter(3, enabled)
                .getResultList();
        for (byte[] id : due) {
            entities.createNativeQuery("update webhook_delivery set next_attempt_at = ?1 where id = ?2")
                    .setParameter(1, until).setParameter(2, id).executeUpdate();
        }
        return due.stream().map(id -> new Leased(BinaryIds.uuid(id), until)).toList();
    }

    /**
     * Whether the delivery is still this replica's: not re-leased by another after this lease ran out. Compared in the
     * database, with the lease bound as when it was written.
     */
    private static boolean stillHeld(Leased leased) {
        return ((Number) WebhookDelivery.getEntityManager()
                .createNativeQuery("select count(*) from webhook_delivery where id = ?1 and next_attempt_at = ?2")
                .setParameter(1, BinaryIds.bytes(leased.id())).setParameter(2, leased.until())
                .getSingleResult()).longValue() == 1;
    }

    /**
     * The attempt to make, or null when there is none any more (delivered meanwhile, subscription gone or disabled, or
     * taken by another replica since this one's lease ran out).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    Attempt prepare(Leased leased) {
        WebhookDelivery delivery = WebhookDelivery.findById(leased.id());
        WebhookSubscription subscription = delivery == null ? null : WebhookSubscription.findById(delivery.subscriptionId);
        if (subscription == null || subscription.disabledAt != null || delivery.status != DeliveryStatus.PENDING
                || !stillHeld(leased)) {
            return null;
        }
        return new Attempt(delivery.id, subscription.url, sealer.open(subscription.secretSealed, WebhookService.SECRET_PURPOSE),
                delivery.sequence, delivery.eventType);
    }

    /** Records the attempt, unless another replica has taken the delivery meanwhile (its outcome will count). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void record(Leased leased, Outcome outcome) {
        WebhookDelivery delivery = WebhookDelivery.findById(leased.id());
        if (delivery == null || !stillHeld(leased)) {
            return;
        }
        Instant now = Instant.now();
        WebhookSubscription subscription = WebhookSubscription.findById(delivery.subscriptionId);
        if (outcome.skipped()) {
            delivery.status = DeliveryStatus.SKIPPED;
            return;
        }
        delivery.attempts++;
        delivery.lastAttemptAt = now;
        delivery.lastStatusCode = outcome.status();
        delivery.lastError = outcome.error();
        if (outcome.delivered()) {
            delivery.status = DeliveryStatus.DELIVERED;
            delivery.deliveredAt = now;
            subscription.consecutiveFailures = 0;
            return;
        }
        delivery.nextAttemptAt = now.plus(backoff(delivery.attempts));
        subscription.consecutiveFailures++;
        if (subscription.consecutiveFailures >= config.disableAfter() && subscription.disabledAt == null) {
            subscription.disabledAt = now;
            subscription.disabledReason = subscription.consecutiveFailures + " delivery attempts in a row failed";
        }
    }

    /** Doubling from the base up to the most, each wait spread by ±20 % so that retries of many do not come at once. */
    private Duration backoff(int attempts) {
        long base = config.retryBase().toMillis();
        long doubled = attempts >= 31 ? Long.MAX_VALUE : base << Math.min(attempts - 1, 30);
        long wait = Math.min(config.retryMax().toMillis(), doubled < 0 ? Long.MAX_VALUE : doubled);
        return Duration.ofMillis((long) (wait * ThreadLocalRandom.current().nextDouble(0.8, 1.2)));
    }
}
