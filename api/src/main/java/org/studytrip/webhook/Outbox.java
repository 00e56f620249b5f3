package org.studytrip.webhook;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.List;
import org.studytrip.common.changelog.ChangeAppended;
import org.studytrip.common.persistence.BinaryIds;
import org.studytrip.common.web.ApiEnums;

/**
 * Writes a delivery for every subscription that wants a change, in the transaction of the change (a disabled one's
 * wait until it is enabled again, so that a partner's outage loses nothing): the
 * change and its deliveries commit together or not at all, so a crash between a write and its delivery loses
 * nothing (the deliverer finds the row after a restart).
 */
@ApplicationScoped
class Outbox {

    void enqueue(@Observes ChangeAppended change) {
        String eventType = change.entityType() + "." + ApiEnums.apiValue(change.operation());
        @SuppressWarnings("unchecked")
        List<byte[]> subscribers = Panache.getEntityManager().createNativeQuery("""
                select s.id from webhook_subscription s
                where concat(',', s.event_types, ',') like ?1
                  and (not exists (select 1 from webhook_subscription_trip t where t.subscription_id = s.id)
                       or exists (select 1 from webhook_subscription_trip t where t.subscription_id = s.id and t.trip_id = ?2))
                """)
                .setParameter(1, "%," + eventType + ",%")
                .setParameter(2, BinaryIds.bytes(change.tripId()))
                .getResultList();
        Instant now = Instant.now();
        for (byte[] subscriber : subscribers) {
            WebhookDelivery delivery = new WebhookDelivery();
            delivery.subscriptionId = BinaryIds.uuid(subscriber);
            delivery.sequence = change.sequence();
            delivery.eventType = eventType;
            delivery.entityId = change.entityId();
            delivery.status = DeliveryStatus.PENDING;
            delivery.nextAttemptAt = now;
            delivery.createdAt = now;
            delivery.persist();
        }
    }
}
