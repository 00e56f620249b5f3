package org.studytrip.webhook;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One change announced to one subscription, and how its sending went. */
@Schema(name = "WebhookDelivery")
public record DeliveryView(
        @NotNull @Schema(description = "Also the webhook-id header of every attempt.") UUID id,
        @NotNull @Schema(minimum = "1", maximum = "9223372036854775807") long sequence,
        @NotNull @Size(max = 32) @Schema(examples = "session.updated") String eventType,
        @NotNull UUID entityId,
        @NotNull DeliveryStatus status,
        @NotNull @Min(0) @Max(Integer.MAX_VALUE) int attempts,
        Instant nextAttemptAt,
        Instant lastAttemptAt,
        @Min(100) @Max(599) Integer lastStatusCode,
        @Size(max = 200) @Schema(examples = "timeout") String lastError,
        Instant deliveredAt,
        @NotNull Instant createdAt) {

    static DeliveryView of(WebhookDelivery delivery) {
        return new DeliveryView(delivery.id, delivery.sequence, delivery.eventType, delivery.entityId, delivery.status,
                delivery.attempts, delivery.status == DeliveryStatus.PENDING ? delivery.nextAttemptAt : null,
                delivery.lastAttemptAt, delivery.lastStatusCode, delivery.lastError, delivery.deliveredAt,
                delivery.createdAt);
    }
}
