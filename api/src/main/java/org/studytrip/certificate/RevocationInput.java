package org.studytrip.certificate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a certificate no longer stands; kept for organisers and the holder, never shown to verifiers. */
@Schema(name = "RevocationInput")
public record RevocationInput(@NotBlank @Size(max = 500) @Schema(examples = "Issued in error: attendance corrected.")
        String reason) {
}
