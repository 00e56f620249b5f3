package org.studytrip.session;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.studytrip.common.text.LocalizedDescription;
import org.studytrip.common.text.LocalizedText;
import org.studytrip.common.validation.StorableDate;

/**
 * A session as clients send it. Times may carry any offset (a Beijing organiser may type +08:00); they are
 * stored as instants and returned in the trip's zone. A changed or cancelled session needs a reason.
 */
@Schema(name = "SessionInput")
public record SessionInput(
        @NotNull @Valid LocalizedText title,
        @Valid LocalizedDescription description,
        @NotNull SessionType type,
        @NotNull @StorableDate @Schema(examples = "2025-10-14T09:30:00+09:00") OffsetDateTime startsAt,
        @NotNull @StorableDate @Schema(examples = "2025-10-14T11:00:00+09:00") OffsetDateTime endsAt,
        UUID venueId,
        @Schema(description = "The organisation that hosts the session.") UUID hostId,
        @Size(max = 30) List<@NotNull UUID> expertIds,
        @Size(max = 20) List<@NotNull UUID> topicIds,
        @Size(max = 16) @Pattern(regexp = LANGUAGE, message = "must be a language tag such as ko, zh or en")
        @Schema(examples = "ko") String language,
        @Size(max = 16) @Pattern(regexp = LANGUAGE, message = "must be a language tag such as ko, zh or en")
        @Schema(description = "Language it is interpreted into.", examples = "zh") String interpretation,
        @NotNull SessionStatus status,
        @Valid @Schema(description = "Why the session changed or was cancelled.") LocalizedText statusReason,
        @Schema(description = "Whether a certificate needs it attended, whatever its type; false when left out.")
        Boolean mandatory) {

    static final String LANGUAGE = "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$";
}
