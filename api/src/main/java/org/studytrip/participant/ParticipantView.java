package org.studytrip.participant;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.studytrip.common.access.Visibility;
import org.studytrip.common.text.LocalizedText;
import org.studytrip.common.web.VersionedView;
import org.studytrip.organisation.OrganisationSummary;
import org.studytrip.person.PublicProfile;

/**
 * A participation as lists show it: the person's public profile, and for organisers the passport number masked
 * to its last four characters (to tell people apart when preparing visas); the full value only on the person.
 */
@Schema(name = "Participant")
public record ParticipantView(
        @NotNull UUID id,
        @NotNull UUID tripId,
        @NotNull PublicProfile person,
        @NotNull DelegationRole role,
        LocalizedText position,
        OrganisationSummary organisation,
        @Size(max = 8) @Schema(description = "Organisers only: the passport number masked but for its last four "
                + "characters.", examples = "••••5678") String passportNumberMasked,
        @NotNull @Schema(minimum = "0", maximum = "9223372036854775807", examples = "0") long version,
        @NotNull Instant createdAt,
        @NotNull Instant updatedAt) implements VersionedView {

    public static ParticipantView of(Participant participant, Visibility visibility) {
        return of(participant, null, visibility);
    }

    static ParticipantView of(Participant participant, String passportNumberMasked, Visibility visibility) {
        return new ParticipantView(participant.id, participant.trip.id, PublicProfile.of(participant.person),
                participant.role, participant.position,
                visibility.embed(participant.organisation, organisation -> OrganisationSummary.of(organisation, visibility)),
                passportNumberMasked, participant.version, participant.createdAt, participant.updatedAt);
    }
}
