package org.studytrip.certificate;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.studytrip.person.PublicProfile;

/** What issuing to a whole trip did: the certificates issued now, and each delegate skipped with the reason. */
@Schema(name = "CertificateIssueReport")
public record IssueReport(
        @NotNull @Size(max = 1000) List<CertificateView> issued,
        @NotNull @Size(max = 1000) List<Skipped> skipped) {

    @Schema(name = "CertificateSkipped")
    public record Skipped(
            @NotNull UUID participantId,
            @NotNull PublicProfile person,
            @NotNull Reason reason,
            @NotNull @Size(max = 500) @Schema(examples = "Attended 60.0 % of the counted sessions; the rule asks 80 %.")
            String detail) {
    }

    @Schema(name = "CertificateSkipReason")
    public enum Reason {
        /** Below the rule, or a mandatory session missed. */
        @JsonProperty("not-eligible") NOT_ELIGIBLE,
        /** Holds a valid certificate of the trip already. */
        @JsonProperty("already-issued") ALREADY_ISSUED
    }
}
