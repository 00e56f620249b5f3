package org.studytrip.session.venue;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.studytrip.city.CitySummary;
import org.studytrip.common.access.Visibility;
import org.studytrip.common.text.LocalizedText;
import org.studytrip.common.web.VersionedView;

/** A venue as clients see it. */
@Schema(name = "Venue")
public record VenueView(
        @NotNull UUID id,
        @NotNull LocalizedText name,
        @Size(max = 500) String addressLocal,
        @Size(max = 500) String addressEn,
        CitySummary city,
        LocalizedText place,
        @Schema(minimum = "-90", maximum = "90") BigDecimal latitude,
        @Schema(minimum = "-180", maximum = "180") BigDecimal longitude,
        @NotNull @Schema(minimum = "0", maximum = "9223372036854775807", examples = "0") long version,
        @NotNull Instant createdAt,
        @NotNull Instant updatedAt) implements VersionedView {

    static VenueView of(Venue venue, Visibility visibility) {
        return new VenueView(venue.id, venue.name, venue.addressLocal, venue.addressEn,
                visibility.embed(venue.city, CitySummary::of),
                venue.place, venue.latitude, venue.longitude, venue.version, venue.createdAt, venue.updatedAt);
    }
}
