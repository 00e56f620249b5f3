package org.studytrip.session.expert;

import org.studytrip.common.access.Visibility;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.studytrip.common.text.LocalizedText;
import org.studytrip.organisation.OrganisationSummary;

/** An expert as a session embeds it. */
@Schema(name = "ExpertSummary")
public record ExpertSummary(
        @NotNull UUID id,
        @NotNull LocalizedText name,
        LocalizedText title,
        OrganisationSummary organisation) {

    public static ExpertSummary of(Expert expert, Visibility visibility) {
        return new ExpertSummary(expert.id, expert.name, expert.title,
                visibility.embed(expert.organisation, organisation -> OrganisationSummary.of(organisation, visibility)));
    }
}
