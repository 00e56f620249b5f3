package org.studytrip.attendance;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an organiser shows as a QR code for delegates to check themselves in. */
@Schema(name = "CheckInCode")
public record CheckInCodeView(
        @NotNull UUID sessionId,
        @NotNull @Size(min = 22, max = 22) @Schema(pattern = "^[A-Za-z0-9_-]{22}$") String code,
        @NotNull @Size(max = 2000) @Schema(description = "The web app's check-in page for the code: what the QR "
                + "code holds, for a phone's camera to open.") String url,
        @NotNull @Schema(description = "Check-in opens: 30 minutes before the session starts, in the trip's zone.")
        OffsetDateTime opensAt,
        @NotNull @Schema(description = "Check-in closes when the session ends; later than 10 minutes after its "
                + "start, a check-in is marked late.") OffsetDateTime closesAt) {
}
