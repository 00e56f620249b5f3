package org.studytrip.city;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.studytrip.common.crud.Coded;
import org.studytrip.common.text.LocalizedText;
import org.studytrip.common.validation.Codes;
import org.studytrip.common.validation.TimeZoneId;

/** A city as clients send it (POST, PUT, and the form a merge patch applies to). */
@Schema(name = "CityInput")
public record CityInput(
        @NotNull @Size(min = 2, max = 64) @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE)
        @Schema(examples = "shenzhen") String code,
        @NotNull @Valid LocalizedText name,
        @Valid @Schema(description = "The province the city belongs to; omitted for a province itself or a municipality.")
        LocalizedText province,
        @NotNull AdministrativeLevel level,
        @NotNull @Pattern(regexp = "^[A-Z]{2}$", message = "must be an ISO 3166-1 alpha-2 code such as CN")
        @Size(min = 2, max = 2) @Schema(examples = "CN") String country,
        @NotNull @Size(max = 64) @TimeZoneId @Schema(examples = "Asia/Shanghai") String timeZone,
        @DecimalMin("-90") @DecimalMax("90") @Digits(integer = 2, fraction = 6)
        @Schema(examples = "22.5431", minimum = "-90", maximum = "90") BigDecimal latitude,
        @DecimalMin("-180") @DecimalMax("180") @Digits(integer = 3, fraction = 6)
        @Schema(examples = "114.0579", minimum = "-180", maximum = "180") BigDecimal longitude) implements Coded {
}
