package org.studytrip.organisation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.studytrip.common.crud.Coded;
import org.studytrip.common.text.LocalizedText;
import org.studytrip.common.validation.Codes;

/** An organisation as clients send it; a local government must name its city, a national body must not. */
@Schema(name = "OrganisationInput")
public record OrganisationInput(
        @NotNull @Size(min = 2, max = 64) @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE)
        @Schema(examples = "shenzhen-government") String code,
        @NotNull @Valid LocalizedText name,
        @NotNull OrganisationType type,
        @NotNull @Pattern(regexp = "^[A-Z]{2}$", message = "must be an ISO 3166-1 alpha-2 code such as CN")
        @Size(min = 2, max = 2) @Schema(examples = "CN") String country,
        @Schema(description = "The city of a local government (required for one, not allowed for a national body).")
        UUID cityId,
        @Size(max = 500) @Pattern(regexp = "^https?://[^\\s]+$", message = "must be an http or https address")
        @Schema(examples = "https://www.sz.gov.cn") String website,
        @Email @Size(max = 254) @Schema(description = "The office's e-mail (never a person's).", examples = "office@example.org")
        String email,
        @Size(max = 40) @Pattern(regexp = "^\\+?[0-9 ()-]{5,40}$", message = "must be a phone number such as +82 2 555 0100")
        @Schema(description = "The office's phone.", examples = "+82 2 555 0100") String phone) implements Coded {
}
