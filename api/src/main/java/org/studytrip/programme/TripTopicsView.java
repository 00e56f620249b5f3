package org.studytrip.programme;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.studytrip.topic.TopicSummary;

/** A trip's topics with the number of its sessions on each: the trip's own topics, and any its sessions add. */
@Schema(name = "TripTopics")
public record TripTopicsView(
        @NotNull UUID tripId,
        @NotNull @Size(max = 200) List<TopicCount> topics) {

    @Schema(name = "TopicCount")
    public record TopicCount(
            @NotNull TopicSummary topic,
            @NotNull @Min(0) @Max(100000) long sessionCount) {
    }
}
