package org.studytrip.person;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.studytrip.common.web.VersionedView;
import org.studytrip.person.PersonInput.ContactDetails;
import org.studytrip.person.PersonInput.ProtectedDetails;

/** A person's own detail resource: all three tiers. Served with Cache-Control: no-store. */
@Schema(name = "Person")
public record PersonView(
        @NotNull UUID id,
        @NotNull @Size(max = 100) String familyName,
        @NotNull @Size(max = 100) String givenName,
        @Size(max = 100) String familyNameNative,
        @Size(max = 100) String givenNameNative,
        @NotNull @Size(max = 10) List<@Size(max = 35) String> languages,
        @NotNull ContactDetails contact,
        @NotNull ProtectedDetails protectedDetails,
        @Schema(description = "When the person's data was erased; the record is then anonymous and cannot change.")
        Instant erasedAt,
        @NotNull @Schema(minimum = "0", maximum = "9223372036854775807", examples = "0") long version,
        @NotNull Instant createdAt,
        @NotNull Instant updatedAt) implements VersionedView {

    static PersonView of(Person person, ProtectedDetails protectedDetails) {
        return new PersonView(person.id, person.familyName, person.givenName, person.familyNameNative,
                person.givenNameNative, List.copyOf(person.languages), new ContactDetails(person.email, person.phone),
                protectedDetails, person.erasedAt, person.version, person.createdAt, person.updatedAt);
    }
}
