package org.studytrip.participant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.studytrip.common.text.LocalizedText;
import org.studytrip.person.PersonInput;

/**
 * A participation as clients send it. On creation it names an existing person ({@code personId}) or records a
 * new one inline ({@code person}); afterwards the person's details are changed through /api/v1/people/{id}, and
 * the participation stays that person's: role, position and sending organisation may change, the person may not.
 */
@Schema(name = "ParticipantInput")
public record ParticipantInput(
        @Schema(description = "An existing person; fixed once the participation exists.") UUID personId,
        @Valid @Schema(description = "A new person, recorded with the participation (creation only).") PersonInput person,
        @NotNull DelegationRole role,
        @Valid @Schema(description = "Position at the time of the trip.") LocalizedText position,
        @Schema(description = "The sending organisation at the time of the trip.") UUID organisationId) {
}
