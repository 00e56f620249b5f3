package org.studytrip.programme.calendar;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.studytrip.common.web.VersionedView;

/** A personal calendar feed; its URLs only in the answer to its creation, since only a hash of the secret is kept. */
@Schema(name = "CalendarSubscription")
public record CalendarSubscriptionView(
        @NotNull UUID id,
        @NotNull UUID participantId,
        @Size(max = 2000) @Schema(format = "uri", description = "Only in the answer to the creation, never again: the feed's address, "
                + "for a calendar app to subscribe to (no sign-in needed; whoever has it can read the feed, until it "
                + "is revoked).", examples = "https://api.example.org/api/v1/calendars/kq3T0vYb1l0c9dXx0f6h4tOeX3m2gXo3vXQ2KkP0zZc")
        String url,
        @Size(max = 2000) @Schema(format = "uri", description = "Only in the answer to the creation: the same address with the webcal "
                + "scheme, which opens the phone's calendar app to subscribe.",
                examples = "webcal://api.example.org/api/v1/calendars/kq3T0vYb1l0c9dXx0f6h4tOeX3m2gXo3vXQ2KkP0zZc")
        String webcalUrl,
        @NotNull @Schema(minimum = "0", maximum = "9223372036854775807", examples = "0") long version,
        @NotNull Instant createdAt,
        @NotNull Instant updatedAt) implements VersionedView {

    static CalendarSubscriptionView of(CalendarSubscription subscription, String url) {
        return new CalendarSubscriptionView(subscription.id, subscription.participant.id, url,
                url == null ? null : url.replaceFirst("^https?:", "webcal:"), subscription.version,
                subscription.createdAt, subscription.updatedAt);
    }
}
