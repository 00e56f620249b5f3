package org.studytrip.trip;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.studytrip.common.crud.Coded;
import org.studytrip.common.text.LocalizedDescription;
import org.studytrip.common.text.LocalizedText;
import org.studytrip.common.validation.Codes;
import org.studytrip.common.validation.StorableDate;
import org.studytrip.common.validation.TimeZoneId;

/** A trip as clients send it. Dates may be unknown (drafts, past editions); when both are given, end ≥ start. */
@Schema(name = "TripInput")
public record TripInput(
        @NotNull @Size(min = 2, max = 64) @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE)
        @Schema(examples = "korea-2025") String code,
        @NotNull @Valid LocalizedText title,
        @Valid LocalizedDescription summary,
        @Pattern(regexp = "^[A-Z]{2}$", message = "must be an ISO 3166-1 alpha-2 code such as KR")
        @Size(min = 2, max = 2) @Schema(examples = "KR") String hostCountry,
        @Size(max = 64) @TimeZoneId @Schema(examples = "Asia/Seoul") String timeZone,
        @StorableDate LocalDate startDate,
        @StorableDate LocalDate endDate,
        @NotNull @Schema(description = "The organisation that runs the trip.") UUID organiserId,
        @NotNull TripStatus status,
        @Size(max = 50) @Schema(description = "The trip's topics.") List<@NotNull UUID> topicIds,
        @Size(max = 100) @Schema(description = "The organisations that send delegates.")
        List<@NotNull UUID> sendingOrganisationIds,
        @Schema(description = "The edition this one builds on.") UUID previousEditionId,
        @Valid @Schema(description = "The policies the trip supports, e.g. China's National Climate Change "
                + "Adaptation Strategy 2035.") LocalizedDescription policyFramework) implements Coded {
}
