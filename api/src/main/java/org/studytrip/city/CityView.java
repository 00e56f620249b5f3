package org.studytrip.city;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.studytrip.common.text.LocalizedText;
import org.studytrip.common.web.VersionedView;

/** A city as clients see it. */
@Schema(name = "City")
public record CityView(
        @NotNull UUID id,
        @NotNull @Size(max = 64) @Schema(examples = "shenzhen") String code,
        @NotNull LocalizedText name,
        LocalizedText province,
        @NotNull AdministrativeLevel level,
        @NotNull @Size(min = 2, max = 2) @Schema(examples = "CN") String country,
        @NotNull @Size(max = 64) @Schema(examples = "Asia/Shanghai") String timeZone,
        @Schema(examples = "22.5431", minimum = "-90", maximum = "90") BigDecimal latitude,
        @Schema(examples = "114.0579", minimum = "-180", maximum = "180") BigDecimal longitude,
        @NotNull @Schema(minimum = "0", maximum = "9223372036854775807", examples = "0") long version,
        @NotNull Instant createdAt,
        @NotNull Instant updatedAt) implements VersionedView {

    static CityView of(City city) {
        return new CityView(city.id, city.code, city.name, city.province, city.level, city.country, city.timeZone,
                city.latitude, city.longitude, city.version, city.createdAt, city.updatedAt);
    }
}
