package org.studytrip.city;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.studytrip.common.text.LocalizedText;

/** A city as other resources embed it. */
@Schema(name = "CitySummary")
public record CitySummary(
        @NotNull UUID id,
        @NotNull @Size(max = 64) @Schema(examples = "shenzhen") String code,
        @NotNull LocalizedText name,
        @NotNull @Size(max = 64) @Schema(examples = "Asia/Shanghai") String timeZone) {

    public static CitySummary of(City city) {
        return new CitySummary(city.id, city.code, city.name, city.timeZone);
    }
}
