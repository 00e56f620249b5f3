package org.studytrip.session.expert;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.studytrip.common.text.LocalizedDescription;
import org.studytrip.common.text.LocalizedText;

/** An expert as clients send it. */
@Schema(name = "ExpertInput")
public record ExpertInput(
        @NotNull @Valid @Schema(description = "Name in Latin script (en) and in native script (ko, zh).") LocalizedText name,
        @Valid @Schema(description = "Job title.") LocalizedText title,
        UUID organisationId,
        @Valid LocalizedDescription bio,
        @Size(max = 50) List<@NotNull UUID> topicIds) {
}
