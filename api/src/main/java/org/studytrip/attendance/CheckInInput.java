package org.studytrip.attendance;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A delegate's check-in: the code of the session's QR code. */
@Schema(name = "CheckInInput")
public record CheckInInput(@NotNull @Size(min = 1, max = 64)
        @Pattern(regexp = "^[A-Za-z0-9_-]+$", message = "is a code of letters, digits, - and _") @Schema(examples = "k3J9xQ2mZ7rT5vW8yB1nC4") String code) {
}
