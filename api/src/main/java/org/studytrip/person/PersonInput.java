package org.studytrip.person;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.studytrip.common.validation.StorableDate;

/** A person as clients send it: the public profile, and optionally contact and protected details. */
@Schema(name = "PersonInput")
public record PersonInput(
        @NotBlank @Size(max = 100) @Schema(examples = "Zhang") String familyName,
        @NotBlank @Size(max = 100) @Schema(examples = "Wei") String givenName,
        @Size(max = 100) @Schema(description = "Family name in native script.", examples = "张") String familyNameNative,
        @Size(max = 100) @Schema(description = "Given name in native script.", examples = "伟") String givenNameNative,
        @Size(max = 10) List<@NotNull @Size(max = 35) @Pattern(regexp = LANGUAGE, message = "must be a language tag such as zh") String> languages,
        @Valid ContactDetails contact,
        @Valid ProtectedDetails protectedDetails) {

    static final String LANGUAGE = "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$";

    /** Contact tier: the person and organisers only. */
    @Schema(name = "ContactDetails")
    public record ContactDetails(
            @Email @Size(max = 254) @Schema(examples = "zhang.wei@example.org") String email,
            @Size(max = 40) @Pattern(regexp = "^\\+?[0-9 ()-]{5,40}$", message = "must be a phone number such as +86 10 1234 5678")
            @Schema(examples = "+86 10 1234 5678") String phone) {
    }

    /** Protected tier: the person, and organisers on the detail view only. */
    @Schema(name = "ProtectedDetails")
    public record ProtectedDetails(
            @Size(max = 40) @Schema(examples = "E12345678") String passportNumber,
            @Past @StorableDate LocalDate dateOfBirth,
            @Size(max = 1000) String dietaryNotes,
            @Size(max = 1000) String medicalNotes,
            @Size(max = 300) String emergencyContact) {
    }
}
