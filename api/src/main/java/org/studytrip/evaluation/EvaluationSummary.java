package org.studytrip.evaluation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.studytrip.person.PublicProfile;

/**
 * What the evaluations of one session, or of the whole trip, add up to: how many, the mean, how many gave each
 * rating; for organisers the comments, each with its author only where the delegate signed it.
 */
@Schema(name = "EvaluationSummary")
public record EvaluationSummary(
        @NotNull @Schema(minimum = "0", maximum = "100000") int count,
        @Schema(minimum = "1", maximum = "5", examples = "4.3", description = "To one decimal; none without evaluations.")
        Double mean,
        @NotNull @Size(min = 5, max = 5) @Schema(description = "How many gave 1, 2, 3, 4 and 5.")
        List<@Min(0) @Max(100000) Integer> distribution,
        @NotNull @Size(max = 100000) @Schema(description = "Organisers only; oldest first.") List<Comment> comments) {

    @Schema(name = "EvaluationComment")
    public record Comment(
            @NotNull @Size(max = 2000) String text,
            @Size(max = 16) String language,
            @NotNull @Min(1) @Max(5) int rating,
            @Schema(description = "Only when the delegate signed the comment.") PublicProfile author) {
    }

    /** The summary of these evaluations; with their comments when {@code withComments}. */
    static EvaluationSummary of(List<Evaluation> evaluations, boolean withComments) {
        int[] distribution = new int[5];
        long sum = 0;
        List<Comment> comments = new ArrayList<>();
        for (Evaluation evaluation : evaluations) {
            distribution[evaluation.rating - 1]++;
            sum += evaluation.rating;
            if (withComments && evaluation.comment != null && !evaluation.comment.isBlank()) {
                comments.add(new Comment(evaluation.comment, evaluation.commentLanguage, evaluation.rating,
                        evaluation.signed ? PublicProfile.of(evaluation.participant.person) : null));
            }
        }
        Double mean = evaluations.isEmpty() ? null : BigDecimal.valueOf(sum)
                .divide(BigDecimal.valueOf(evaluations.size()), 1, RoundingMode.HALF_UP).doubleValue();
        return new EvaluationSummary(evaluations.size(), mean,
                List.of(distribution[0], distribution[1], distribution[2], distribution[3], distribution[4]), comments);
    }
}
