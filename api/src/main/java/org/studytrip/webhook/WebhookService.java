package org.studytrip.webhook;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.studytrip.changes.ChangeType;
import org.studytrip.common.changelog.ChangeOperation;
import org.studytrip.common.crud.CatalogueService;
import org.studytrip.common.crud.References;
import org.studytrip.common.privacy.ProtectedReads;
import org.studytrip.common.privacy.Sealer;
import org.studytrip.common.problem.ProblemException;
import org.studytrip.common.problem.ProblemType;
import org.studytrip.common.web.ApiEnums;
import org.studytrip.common.web.Page;
import org.studytrip.common.web.PageRequest;
import org.studytrip.organisation.Organisation;
import org.studytrip.trip.Trip;

@ApplicationScoped
public class WebhookService extends CatalogueService<WebhookSubscription, WebhookInput, WebhookView> {

    static final String SECRET_PURPOSE = "webhook-secret";

    /** Every event a subscription may name: each record type the feeds carry, with each operation. */
    static final Set<String> EVENT_TYPES = Stream.of(ChangeType.values()).flatMap(type -> Stream.of(ChangeOperation.values())
            .map(operation -> ApiEnums.apiValue(type) + "." + ApiEnums.apiValue(operation)))
            .collect(Collectors.toCollection(LinkedHashSet::new));

    @Inject
    ReceiverAddresses receivers;

    @Inject
    Sealer sealer;

    /** Organisers' settings, not programme data: the change feeds do not carry them. */
    @Override
    public boolean inFeeds() {
        return false;
    }

    /** The new subscription's signing secret is made here, and shown once, in this answer. */
    @Override
    @Transactional
    public WebhookView create(WebhookInput input) {
        return create(input, (Consumer<WebhookSubscription>) subscription -> {
            subscription.newSecret = WebhookSignature.newSecret();
            subscription.secretSealed = sealer.seal(subscription.newSecret, SECRET_PURPOSE);
            ProtectedReads.record();
        });
    }

    @Override
    protected void checkRules(WebhookInput input, WebhookSubscription existing) {
        receivers.refusal(input.url()).ifPresent(reason -> {
            throw ProblemException.invalidField("url", "refused-receiver", reason);
        });
        for (int index = 0; index < input.eventTypes().size(); index++) {
            if (!EVENT_TYPES.contains(input.eventTypes().get(index))) {
                throw ProblemException.invalidField("eventTypes[" + index + "]", "invalid-value",
                        "is no event type; one of " + String.join(", ", EVENT_TYPES));
            }
        }
    }

    @Override
    protected void apply(WebhookInput input, WebhookSubscription subscription) {
        subscription.organisation = References.reference(input.organisationId(), Organisation.class);
        subscription.url = input.url();
        subscription.eventTypes = new ArrayList<>(new LinkedHashSet<>(input.eventTypes()));
        subscription.setTrips(references(Trip.class, input.tripIds()));
        subscription.description = input.description();
        boolean enabled = !Boolean.FALSE.equals(input.enabled());
        if (enabled && subscription.disabledAt != null) {
            subscription.disabledAt = null;
            subscription.disabledReason = null;
            subscription.consecutiveFailures = 0;
            // What waited while it was disabled goes out now.
            WebhookDelivery.update("nextAttemptAt = ?1 where subscriptionId = ?2 and status = ?3", Instant.now(),
                    subscription.id, DeliveryStatus.PENDING);
        } else if (!enabled && subscription.disabledAt == null) {
            subscription.disabledAt = Instant.now();
            subscription.disabledReason = "paused by an organiser";
        }
    }

    @Override
    protected WebhookInput toInput(WebhookSubscription subscription) {
        return new WebhookInput(subscription.organisation.id, subscription.url, List.copyOf(subscription.eventTypes),
                ids(subscription.trips), subscription.description, subscription.disabledAt == null);
    }

    @Override
    protected WebhookView toView(WebhookSubscription subscription) {
        return WebhookView.of(subscription, visibility);
    }

    /** The subscription's deliveries, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<DeliveryView> deliveries(String id, PageRequest page) {
        return Page.of(WebhookDelivery.find("subscriptionId", Sort.descending("createdAt").and("id", Sort.Direction.Descending),
                find(id).id), page, DeliveryView::of);
    }

    /** Sends a delivery again, at once (a receiver that lost it, or was fixed). 409 while the subscription is disabled. */
    @Transactional
    public DeliveryView redeliver(String id, String deliveryId) {
        WebhookSubscription subscription = find(id);
        WebhookDelivery delivery = require(WebhookDelivery.class, deliveryId, "delivery");
        if (!delivery.subscriptionId.equals(subscription.id)) {
            throw ProblemException.notFound("delivery", deliveryId);
        }
        if (subscription.disabledAt != null) {
            throw new ProblemException(ProblemType.WEBHOOK_DISABLED, "The webhook is disabled (" + subscription.disabledReason
                    + "); enable it first, and its waiting deliveries go out by themselves.");
        }
        delivery.status = DeliveryStatus.PENDING;
        delivery.nextAttemptAt = Instant.now();
        return DeliveryView.of(delivery);
    }
}
