package org.studytrip.webhook;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.studytrip.common.access.Visibility;
import org.studytrip.common.web.VersionedView;
import org.studytrip.organisation.OrganisationSummary;

@Schema(name = "Webhook")
public record WebhookView(
        @NotNull UUID id,
        @NotNull OrganisationSummary organisation,
        @NotNull @Size(max = 2000) String url,
        @NotNull @Size(max = 27) List<@Size(max = 32) String> eventTypes,
        @NotNull @Size(max = 50) List<UUID> tripIds,
        @Size(max = 500) String description,
        @NotNull boolean enabled,
        @Schema(description = "When deliveries stopped: failures in a row, or paused.") Instant disabledAt,
        @Size(max = 200) String disabledReason,
        @NotNull @Min(0) @Max(Integer.MAX_VALUE) int consecutiveFailures,
        @Size(max = 100) @Schema(description = "Only in the answer to the creation, never again: the secret that signs "
                + "deliveries (Standard Webhooks, HMAC-SHA256). Keep it with the receiver.",
                examples = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw") String secret,
        @NotNull @Schema(minimum = "0", maximum = "9223372036854775807", examples = "0") long version,
        @NotNull Instant createdAt,
        @NotNull Instant updatedAt) implements VersionedView {

    static WebhookView of(WebhookSubscription subscription, Visibility visibility) {
        return new WebhookView(subscription.id, OrganisationSummary.of(subscription.organisation, visibility),
                subscription.url, List.copyOf(subscription.eventTypes),
                subscription.trips.stream().map(trip -> trip.id).toList(), subscription.description,
                subscription.disabledAt == null, subscription.disabledAt, subscription.disabledReason,
                subscription.consecutiveFailures, subscription.newSecret, subscription.version, subscription.createdAt,
                subscription.updatedAt);
    }
}
