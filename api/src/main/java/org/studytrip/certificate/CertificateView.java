package org.studytrip.certificate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.studytrip.common.text.LocalizedText;
import org.studytrip.common.web.VersionedView;
import org.studytrip.trip.Trip;

/** A certificate as its holder and organisers see it. */
@Schema(name = "Certificate")
public record CertificateView(
        @NotNull UUID id,
        @NotNull @Size(max = 23) @Schema(examples = "7KQ2M-9XD4R-T1VBW-H6N3P", description = "Unguessable; printed on "
                + "the certificate and the key of its public verification.") String serial,
        @NotNull UUID participantId,
        @NotNull UUID tripId,
        @NotNull HolderName holder,
        @NotNull LocalizedText tripTitle,
        LocalDate startDate,
        LocalDate endDate,
        @NotNull @Schema(minimum = "0", maximum = "1000000", description = "Minutes of the counted and mandatory "
                + "sessions attended, as issued.") int minutesAttended,
        @NotNull LocalizedText issuer,
        @NotNull Instant issuedAt,
        @NotNull CertificateStatus status,
        Instant revokedAt,
        @Size(max = 500) @Schema(description = "Organisers and the holder only; never in the public verification.")
        String revocationReason,
        @NotNull @Size(max = 2000) @Schema(description = "The public verification page: what the QR code holds, and the "
                + "link to share.") String verificationUrl,
        @NotNull @Schema(minimum = "0", maximum = "9223372036854775807", examples = "0") long version,
        @NotNull Instant createdAt,
        @NotNull Instant updatedAt) implements VersionedView {

    /** The holder's name as printed. */
    @Schema(name = "HolderName")
    public record HolderName(
            @NotNull @Size(max = 250) @Schema(examples = "Wei ZHANG") String latin,
            @Size(max = 250) @Schema(examples = "张伟", description = "In the name's own script, when it has one.")
            String nativeScript) {
    }

    static CertificateView of(Certificate certificate, String verificationUrl) {
        Trip trip = certificate.participant.trip;
        return new CertificateView(certificate.id, Serials.shown(certificate.serial), certificate.participant.id, trip.id,
                new HolderName(certificate.holderNameLatin, certificate.holderNameNative), trip.title, trip.startDate,
                trip.endDate, certificate.minutesAttended, trip.organiser.name, certificate.issuedAt, certificate.status,
                certificate.revokedAt, certificate.revocationReason, verificationUrl, certificate.version,
                certificate.createdAt, certificate.updatedAt);
    }

    /** Minutes as hours to one decimal: 810 is 13.5. */
    static String hours(int minutes) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
    }
}
