package org.studytrip.attendance;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.studytrip.common.validation.StorableDate;

/**
 * Marks an organiser made for one session, maybe on a phone without a connection, sent together once it has one.
 * All are recorded or none (a 400 names each wrong one).
 */
@Schema(name = "AttendanceMarksInput")
public record AttendanceMarksInput(@NotNull @Size(min = 1, max = 500) List<@NotNull @Valid Mark> marks) {

    @Schema(name = "AttendanceMarkInput")
    public record Mark(
            @NotNull @Schema(description = "A delegate of the session's trip.") UUID participantId,
            @NotNull AttendanceStatus status,
            @StorableDate @Schema(description = "When it was marked on the device; now when left out. For each "
                    + "delegate the latest mark wins, so marks queued on two phones settle the same way whatever order "
                    + "they arrive in. At most five minutes ahead of the server's clock.",
                    examples = "2025-10-14T09:41:00+09:00") OffsetDateTime markedAt) {
    }
}
