package org.studytrip.person.export;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.studytrip.participant.ParticipantView;
import org.studytrip.participant.consent.ConsentView;
import org.studytrip.person.PersonView;
import org.studytrip.trip.TripView.TripReference;

/** Everything recorded about one person, for the person (right of access and portability, PIPL art. 45). */
@Schema(name = "PersonExport")
public record PersonExport(
        @NotNull @Schema(description = "When the export was made (UTC).") Instant exportedAt,
        @NotNull PersonView person,
        @NotNull @Size(max = 1000) @Schema(description = "Every participation the caller may read: one in a trip that "
                + "is still a draft is listed for organisers only.") List<Participation> participations) {

    /** One trip the person took part in, with the consent decisions made for it. */
    @Schema(name = "PersonExportParticipation")
    public record Participation(
            @NotNull TripReference trip,
            @NotNull ParticipantView participant,
            @NotNull @Size(max = 1000) List<ConsentView> consents) {
    }
}
