package org.studytrip.topic;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.studytrip.common.crud.Coded;
import org.studytrip.common.text.LocalizedDescription;
import org.studytrip.common.text.LocalizedText;
import org.studytrip.common.validation.Codes;

/** A topic as clients send it (POST, PUT, and the form a merge patch applies to). */
@Schema(name = "TopicInput")
public record TopicInput(
        @NotNull @Size(min = 2, max = 64) @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE)
        @Schema(examples = "urban-resilience") String code,
        @NotNull @Valid LocalizedText name,
        @Valid LocalizedDescription description) implements Coded {
}
