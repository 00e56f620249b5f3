package org.studytrip.certificate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The rule, and every delegate of the trip against it, by family name. */
@Schema(name = "TripEligibility")
public record TripEligibilityView(
        @NotNull UUID tripId,
        @NotNull CertificateRuleView rule,
        @NotNull @Size(max = 1000) List<EligibilityView> delegates) {
}
