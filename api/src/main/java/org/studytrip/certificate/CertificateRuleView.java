package org.studytrip.certificate;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.studytrip.common.web.ApiEnums;
import org.studytrip.common.web.VersionedView;
import org.studytrip.session.SessionType;
import org.studytrip.trip.Trip;

/**
 * When a delegate may be given the trip's certificate: attended at least {@code minimumShare} percent of the trip's
 * sessions of {@code sessionTypes} (cancelled ones aside), and every mandatory session. Part of the trip: its ETag
 * is the trip's.
 */
@Schema(name = "CertificateRule")
public record CertificateRuleView(
        @NotNull UUID tripId,
        @NotNull @Schema(minimum = "0", maximum = "100", examples = "80") int minimumShare,
        @NotNull @Size(min = 1, max = 8) List<SessionType> sessionTypes,
        @NotNull @Schema(minimum = "0", maximum = "9223372036854775807", examples = "0") long version)
        implements VersionedView {

    static CertificateRuleView of(Trip trip) {
        return new CertificateRuleView(trip.id, trip.certificateMinimumShare, sessionTypes(trip), trip.version);
    }

    /** The rule's session types, in the order the API lists types. */
    static List<SessionType> sessionTypes(Trip trip) {
        return Arrays.stream(SessionType.values())
                .filter(type -> trip.certificateSessionTypes.contains(ApiEnums.apiValue(type))).toList();
    }

    @Override
    @JsonIgnore
    public UUID id() {
        return tripId;
    }
}
