package org.studytrip.session.venue;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.studytrip.common.text.LocalizedText;

/** A venue as clients send it: in a sending city (cityId) or at a place in the host country (place). */
@Schema(name = "VenueInput")
public record VenueInput(
        @NotNull @Valid LocalizedText name,
        @Size(max = 500) @Schema(description = "Address in local script, for taxi drivers.",
                examples = "서울특별시 중구 세종대로 110") String addressLocal,
        @Size(max = 500) @Schema(examples = "110 Sejong-daero, Jung-gu, Seoul") String addressEn,
        @Schema(description = "A city of the programme (e.g. a sending city).") UUID cityId,
        @Valid @Schema(description = "A place in the host country, e.g. Seoul.") LocalizedText place,
        @DecimalMin("-90") @DecimalMax("90") @Digits(integer = 2, fraction = 6)
        @Schema(examples = "37.5663", minimum = "-90", maximum = "90") BigDecimal latitude,
        @DecimalMin("-180") @DecimalMax("180") @Digits(integer = 3, fraction = 6)
        @Schema(examples = "126.9779", minimum = "-180", maximum = "180") BigDecimal longitude) {
}
