package org.studytrip.organisation;

import org.studytrip.common.access.Visibility;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.studytrip.city.CitySummary;
import org.studytrip.common.text.LocalizedText;

/** An organisation as other resources embed it: enough to show it and to group a delegation by it. */
@Schema(name = "OrganisationSummary")
public record OrganisationSummary(
        @NotNull UUID id,
        @NotNull @Size(max = 64) @Schema(examples = "shenzhen-government") String code,
        @NotNull LocalizedText name,
        @NotNull OrganisationType type,
        CitySummary city) {

    public static OrganisationSummary of(Organisation organisation, Visibility visibility) {
        return new OrganisationSummary(organisation.id, organisation.code, organisation.name, organisation.type,
                visibility.embed(organisation.city, CitySummary::of));
    }
}
