package org.studytrip.session.venue;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.studytrip.common.text.LocalizedText;

/** A venue as a session embeds it: name, both addresses and where to find it on a map. */
@Schema(name = "VenueSummary")
public record VenueSummary(
        @NotNull UUID id,
        @NotNull LocalizedText name,
        @Size(max = 500) String addressLocal,
        @Size(max = 500) String addressEn,
        LocalizedText place,
        @Schema(minimum = "-90", maximum = "90") BigDecimal latitude,
        @Schema(minimum = "-180", maximum = "180") BigDecimal longitude) {

    public static VenueSummary of(Venue venue) {
        return new VenueSummary(venue.id, venue.name, venue.addressLocal, venue.addressEn,
                venue.place, venue.latitude, venue.longitude);
    }
}
