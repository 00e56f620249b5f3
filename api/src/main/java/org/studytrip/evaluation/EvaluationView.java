package org.studytrip.evaluation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.studytrip.common.web.VersionedView;

/** A delegate's own evaluation, as they (and organisers acting for them) see it. */
@Schema(name = "Evaluation")
public record EvaluationView(
        @NotNull UUID id,
        @NotNull UUID participantId,
        @NotNull UUID tripId,
        @Schema(description = "The session evaluated; none for an evaluation of the whole trip.") UUID sessionId,
        @NotNull @Min(1) @Max(5) int rating,
        @Size(max = 2000) String comment,
        @Size(max = 16) String language,
        @NotNull boolean signed,
        @NotNull @Schema(minimum = "0", maximum = "9223372036854775807", examples = "0") long version,
        @NotNull Instant createdAt,
        @NotNull Instant updatedAt) implements VersionedView {

    static EvaluationView of(Evaluation evaluation) {
        return new EvaluationView(evaluation.id, evaluation.participant.id, evaluation.participant.trip.id,
                evaluation.session == null ? null : evaluation.session.id, evaluation.rating, evaluation.comment,
                evaluation.commentLanguage, evaluation.signed, evaluation.version, evaluation.createdAt, evaluation.updatedAt);
    }
}
