package org.studytrip.person;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The public tier of a person: what lists, delegations and partners may show. Never contact or protected data. */
@Schema(name = "PublicProfile")
public record PublicProfile(
        @NotNull UUID id,
        @NotNull @Size(max = 100) @Schema(examples = "Zhang") String familyName,
        @NotNull @Size(max = 100) @Schema(examples = "Wei") String givenName,
        @Size(max = 100) @Schema(examples = "张") String familyNameNative,
        @Size(max = 100) @Schema(examples = "伟") String givenNameNative,
        @NotNull @Size(max = 10) List<@Size(max = 35) String> languages) {

    public static PublicProfile of(Person person) {
        return new PublicProfile(person.id, person.familyName, person.givenName, person.familyNameNative,
                person.givenNameNative, List.copyOf(person.languages));
    }
}
