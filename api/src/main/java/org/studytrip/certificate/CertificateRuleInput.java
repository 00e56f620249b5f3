package org.studytrip.certificate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.studytrip.session.SessionType;

/** A trip's certificate rule as organisers write it. */
@Schema(name = "CertificateRuleInput")
public record CertificateRuleInput(
        @NotNull @Min(0) @Max(100) @Schema(description = "The percentage of the counted sessions a delegate must have "
                + "attended (present or late).", examples = "80") Integer minimumShare,
        @NotNull @Size(min = 1, max = 8) @Schema(description = "The session types that count; cancelled sessions "
                + "never do.", examples = "[\"lecture\", \"dialogue\", \"site-visit\", \"workshop\"]")
        Set<@NotNull SessionType> sessionTypes) {
}
