package org.studytrip.common.text;

import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A short text people read in several languages (a name, a title). English is required; stored as one column
 * per language ({@code name_en}, {@code name_zh}, {@code name_ko}).
 */
@Embeddable
@Schema(name = "LocalizedText", description = "Short text in English (required), Chinese and Korean.")
public record LocalizedText(
        @NotBlank @Size(max = MAX_LENGTH) @Schema(examples = "Shenzhen") String en,
        @Size(max = MAX_LENGTH) @Schema(examples = "深圳市") String zh,
        @Size(max = MAX_LENGTH) @Schema(examples = "선전시") String ko) {

    public static final int MAX_LENGTH = 200;
}
