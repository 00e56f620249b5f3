package org.studytrip.webhook;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A subscription as an organiser registers it for a partner organisation. */
@Schema(name = "WebhookInput")
public record WebhookInput(
        @NotNull @Schema(description = "The partner organisation the deliveries are for.") UUID organisationId,
        @NotNull @Size(max = 2000) @Schema(description = "Where deliveries are POSTed: https, on a public address "
                + "(loopback, link-local and private addresses are refused); redirects are not followed.",
                examples = "https://partner.example/studytrip/webhooks") String url,
        @NotNull @Size(min = 1, max = 27) @Schema(description = "Record type and what happened to it: trip, session, "
                + "venue, expert, topic, organisation, city, participant or person; created, updated or deleted.",
                examples = "[\"session.created\", \"session.updated\", \"session.deleted\"]")
        List<@NotNull @Size(max = 32) @Pattern(regexp = "^[a-z]+\\.(created|updated|deleted)$") String> eventTypes,
        @Size(max = 50) @Schema(description = "Only these trips' records (the trip, its sessions and participants); "
                + "without trips, every trip's and the shared records (venues, experts, topics, ...).")
        List<@NotNull UUID> tripIds,
        @Size(max = 500) String description,
        @Schema(description = "false pauses deliveries (they wait, and go out once enabled again); true, or leaving it "
                + "out, enables a subscription that was disabled after failing deliveries.") Boolean enabled) {
}
