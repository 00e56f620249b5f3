package org.studytrip.organisation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.studytrip.city.CitySummary;
import org.studytrip.common.access.Visibility;
import org.studytrip.common.text.LocalizedText;
import org.studytrip.common.web.VersionedView;

/** An organisation as clients see it. */
@Schema(name = "Organisation")
public record OrganisationView(
        @NotNull UUID id,
        @NotNull @Size(max = 64) @Schema(examples = "shenzhen-government") String code,
        @NotNull LocalizedText name,
        @NotNull OrganisationType type,
        @NotNull @Size(min = 2, max = 2) @Schema(examples = "CN") String country,
        CitySummary city,
        @Size(max = 500) @Schema(examples = "https://www.sz.gov.cn") String website,
        @Size(max = 254) @Schema(examples = "office@example.org") String email,
        @Size(max = 40) @Schema(examples = "+82 2 555 0100") String phone,
        @NotNull @Schema(minimum = "0", maximum = "9223372036854775807", examples = "0") long version,
        @NotNull Instant createdAt,
        @NotNull Instant updatedAt) implements VersionedView {

    static OrganisationView of(Organisation organisation, Visibility visibility) {
        return new OrganisationView(organisation.id, organisation.code, organisation.name, organisation.type,
                organisation.country, visibility.embed(organisation.city, CitySummary::of), organisation.website,
                organisation.email, organisation.phone, organisation.version,
                organisation.createdAt, organisation.updatedAt);
    }
}
