package org.studytrip.topic;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.studytrip.common.text.LocalizedText;

/** A topic as other resources embed it. */
@Schema(name = "TopicSummary")
public record TopicSummary(
        @NotNull UUID id,
        @NotNull @Size(max = 64) @Schema(examples = "urban-resilience") String code,
        @NotNull LocalizedText name) {

    public static TopicSummary of(Topic topic) {
        return new TopicSummary(topic.id, topic.code, topic.name);
    }
}
