package org.studytrip.common.text;

import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A longer text (a description, a summary) in English (required when present), Chinese and Korean. Stored in
 * TEXT columns: several 4000-character utf8mb4 VARCHARs would pass InnoDB's 64 KB row limit.
 */
@Embeddable
@Schema(name = "LocalizedDescription", description = "Longer text in English (required), Chinese and Korean.")
public record LocalizedDescription(
        @NotBlank @Size(max = MAX_LENGTH) @JdbcTypeCode(SqlTypes.LONGVARCHAR)
        @Schema(examples = "How cities prepare for heat waves and floods.") String en,
        @Size(max = MAX_LENGTH) @JdbcTypeCode(SqlTypes.LONGVARCHAR) @Schema(examples = "城市如何应对热浪和洪水。") String zh,
        @Size(max = MAX_LENGTH) @JdbcTypeCode(SqlTypes.LONGVARCHAR) @Schema(examples = "도시가 폭염과 홍수에 대비하는 방법.") String ko) {

    public static final int MAX_LENGTH = 4000;
}
