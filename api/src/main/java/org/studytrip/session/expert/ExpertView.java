package org.studytrip.session.expert;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.studytrip.common.access.Visibility;
import org.studytrip.common.text.LocalizedDescription;
import org.studytrip.common.text.LocalizedText;
import org.studytrip.common.web.VersionedView;
import org.studytrip.organisation.OrganisationSummary;
import org.studytrip.topic.TopicSummary;

/** An expert as clients see it. */
@Schema(name = "Expert")
public record ExpertView(
        @NotNull UUID id,
        @NotNull LocalizedText name,
        LocalizedText title,
        OrganisationSummary organisation,
        LocalizedDescription bio,
        @NotNull @Size(max = 50) List<TopicSummary> topics,
        @NotNull @Schema(minimum = "0", maximum = "9223372036854775807", examples = "0") long version,
        @NotNull Instant createdAt,
        @NotNull Instant updatedAt) implements VersionedView {

    static ExpertView of(Expert expert, Visibility visibility) {
        return new ExpertView(expert.id, expert.name, expert.title,
                visibility.embed(expert.organisation, organisation -> OrganisationSummary.of(organisation, visibility)),
                expert.bio, visibility.embedAll(expert.topics, TopicSummary::of), expert.version, expert.createdAt,
                expert.updatedAt);
    }
}
