package org.studytrip.evaluation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A delegate's evaluation as they send it; sending again replaces their earlier one. */
@Schema(name = "EvaluationInput")
public record EvaluationInput(
        @NotNull @Min(1) @Max(5) @Schema(examples = "4", description = "1 (poor) to 5 (excellent).") Integer rating,
        @Size(max = 2000) @Schema(examples = "很有启发，希望有更多时间参观。", description = "In any language.") String comment,
        @Size(max = 16) @Pattern(regexp = "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$", message = "must be a language tag such as ko, zh or en")
        @Schema(examples = "zh", description = "The comment's language, for readers and translators.") String language,
        @Schema(description = "Whether organisers may see who wrote the comment; anonymous when left out.") Boolean signed) {
}
