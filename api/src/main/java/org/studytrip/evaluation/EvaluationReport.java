package org.studytrip.evaluation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.studytrip.common.text.LocalizedText;

/** A trip's evaluations: of the whole trip, and of each session that can be evaluated, in time order. */
@Schema(name = "EvaluationReport")
public record EvaluationReport(
        @NotNull UUID tripId,
        @NotNull @Schema(description = "The evaluations of the whole trip.") EvaluationSummary trip,
        @NotNull @Size(max = 500) List<SessionEvaluations> sessions) {

    @Schema(name = "SessionEvaluations")
    public record SessionEvaluations(
            @NotNull UUID sessionId,
            @NotNull LocalizedText title,
            @NotNull @Schema(description = "In the trip's zone.") OffsetDateTime startsAt,
            @NotNull EvaluationSummary summary) {
    }
}
