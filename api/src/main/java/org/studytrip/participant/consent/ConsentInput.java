package org.studytrip.participant.consent;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A decision to record; the server adds the time. */
public record ConsentInput(
        @NotNull ConsentPurpose purpose,
        @NotBlank @Size(max = 32) @Pattern(regexp = "^[A-Za-z0-9._-]+$")
        @Schema(description = "Version of the privacy notice the participant was shown.", examples = "2025-09")
        String noticeVersion,
        @NotNull ConsentDecision decision) {
}
