package org.studytrip.participant;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.studytrip.common.crud.VersionedView;
import org.studytrip.common.text.LocalizedText;
import org.studytrip.organisation.OrganisationSummary;

/** A participation as lists and delegations show it: the person's public profile only. */
@Schema(name = "Participant")
public record ParticipantView(
        @NotNull UUID id,
        @NotNull UUID tripId,
        @NotNull PublicProfile person,
        @NotNull DelegationRole role,
        LocalizedText position,
        OrganisationSummary organisation,
        @NotNull @Schema(minimum = "0", maximum = "9223372036854775807", examples = "0") long version,
        @NotNull Instant createdAt,
        @NotNull Instant updatedAt) implements VersionedView {

    public static ParticipantView of(Participant participant) {
        return new ParticipantView(participant.id, participant.trip.id, PublicProfile.of(participant.person),
                participant.role, participant.position, OrganisationSummary.of(participant.organisation),
                participant.version, participant.createdAt, participant.updatedAt);
    }
}
