package org.studytrip.webhook;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Instant;
import org.studytrip.common.crud.ReferenceCheck;
import org.studytrip.common.problem.Referrer;
import org.studytrip.organisation.Organisation;
import org.studytrip.trip.Trip;

/**
 * A partner organisation keeps its webhooks; a trip deleted with its records leaves the webhooks that named it (and one
 * that named no other trip stops, rather than widen to every trip).
 */
public class WebhookReferences {

    @Produces
    @Singleton
    ReferenceCheck<Organisation> toPartners() {
        return ReferenceCheck.of(Organisation.class, organisation -> ReferenceCheck.named(
                WebhookSubscription.<WebhookSubscription>find("organisation = ?1 order by url", organisation),
                Referrer.Type.WEBHOOK, subscription -> subscription.url));
    }

    @Produces
    @Singleton
    ReferenceCheck<Trip> toTrips() {
        return ReferenceCheck.cascading(Trip.class,
                trip -> ReferenceCheck.counted(WebhookSubscription.count("select count(s) from WebhookSubscription s "
                        + "join s.trips t where t = ?1", trip), Referrer.Type.WEBHOOK),
                trip -> WebhookSubscription.<WebhookSubscription>list("select s from WebhookSubscription s join s.trips t "
                        + "where t = ?1", trip).forEach(subscription -> {
                            subscription.trips.remove(trip);
                            // No trips would mean every trip: a webhook whose trips are all gone stops instead.
                            if (subscription.trips.isEmpty() && subscription.disabledAt == null) {
                                subscription.disabledAt = Instant.now();
                                subscription.disabledReason = "the trips it named were deleted";
                            }
                        }));
    }
}
