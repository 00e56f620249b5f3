package org.studytrip.certificate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.studytrip.common.text.LocalizedText;

/**
 * What anyone holding a serial may learn: whether the certificate stands, the name printed on it, the trip and the
 * issuer. Nothing else about the person.
 */
@Schema(name = "Verification")
public record VerificationView(
        @NotNull @Size(max = 23) @Schema(examples = "7KQ2M-9XD4R-T1VBW-H6N3P") String serial,
        @NotNull CertificateStatus status,
        @NotNull CertificateView.HolderName holder,
        @NotNull LocalizedText trip,
        LocalDate startDate,
        LocalDate endDate,
        @NotNull LocalizedText issuer,
        @NotNull Instant issuedAt,
        @Schema(description = "When it was revoked or replaced.") Instant revokedAt) {

    static VerificationView of(Certificate certificate) {
        CertificateView.HolderName holder = new CertificateView.HolderName(certificate.holderNameLatin,
                certificate.holderNameNative);
        var trip = certificate.participant.trip;
        return new VerificationView(Serials.shown(certificate.serial), certificate.status, holder, trip.title,
                trip.startDate, trip.endDate, trip.organiser.name, certificate.issuedAt, certificate.revokedAt);
    }
}
