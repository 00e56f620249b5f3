package org.studytrip.topic;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.studytrip.common.text.LocalizedDescription;
import org.studytrip.common.text.LocalizedText;
import org.studytrip.common.web.VersionedView;

/** A topic as clients see it. */
@Schema(name = "Topic")
public record TopicView(
        @NotNull UUID id,
        @NotNull @Size(max = 64) @Schema(examples = "urban-resilience") String code,
        @NotNull LocalizedText name,
        LocalizedDescription description,
        @NotNull @Schema(minimum = "0", maximum = "9223372036854775807", examples = "0") long version,
        @NotNull Instant createdAt,
        @NotNull Instant updatedAt) implements VersionedView {

    static TopicView of(Topic topic) {
        return new TopicView(topic.id, topic.code, topic.name, topic.description, topic.version, topic.createdAt,
                topic.updatedAt);
    }
}
