package org.studytrip.common.privacy;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PersonalDataAccess", description = "A read of a person's protected details by someone other than the person.")
public record PersonalDataAccessView(
        @NotNull @Schema(description = "When (UTC).") Instant accessedAt,
        @NotNull @Size(max = 200) @Schema(description = "Who: the name the reader's token gives (upn, else preferred_username, else sub).", examples = "local-organiser")
        String accessor,
        @NotNull @Schema(description = "How: the record was shown (read) or exported.", enumeration = {"read", "export"})
        String action) {

    static PersonalDataAccessView of(PersonalDataAccess access) {
        return new PersonalDataAccessView(access.accessedAt, access.accessor, access.action);
    }
}
