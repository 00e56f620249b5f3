package org.studytrip.participant.consent;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.studytrip.common.web.VersionedView;

@Schema(name = "Consent")
public record ConsentView(
        @NotNull UUID id,
        @NotNull UUID participantId,
        @NotNull ConsentPurpose purpose,
        @NotNull @Size(max = 32) @Schema(examples = "2025-09") String noticeVersion,
        @NotNull ConsentDecision decision,
        @NotNull @Schema(description = "When the decision was recorded (UTC).") Instant recordedAt,
        @NotNull @Schema(minimum = "0", maximum = "9223372036854775807", examples = "0") long version) implements VersionedView {

    public static ConsentView of(Consent consent) {
        return new ConsentView(consent.id, consent.participant.id, consent.purpose, consent.noticeVersion,
                consent.decision, consent.createdAt, consent.version);
    }
}
