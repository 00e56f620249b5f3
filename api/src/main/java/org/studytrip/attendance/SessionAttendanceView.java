package org.studytrip.attendance;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.studytrip.participant.DelegationRole;
import org.studytrip.person.PublicProfile;

/**
 * A session's attendance: the counts for everyone who may see the session's delegation; the marks for organisers
 * (the whole delegation, marked or not: the list to tap through) and for a delegate their own.
 */
@Schema(name = "SessionAttendance")
public record SessionAttendanceView(
        @NotNull UUID sessionId,
        @NotNull UUID tripId,
        @NotNull Counts counts,
        @NotNull @Size(max = 1000) @Schema(description = "Organisers: every delegate (head of delegation or member), "
                + "by family name, with their mark or none; a delegate: their own; anyone else: none.")
        List<DelegateMark> marks) {

    @Schema(name = "AttendanceCounts", description = "How many delegates are marked so, and how many not yet.")
    public record Counts(
            @NotNull @Schema(minimum = "0", maximum = "100000") int present,
            @NotNull @Schema(minimum = "0", maximum = "100000") int late,
            @NotNull @Schema(minimum = "0", maximum = "100000") int absent,
            @NotNull @Schema(minimum = "0", maximum = "100000") int excused,
            @NotNull @Schema(minimum = "0", maximum = "100000") int unmarked) {
    }

    @Schema(name = "DelegateMark")
    public record DelegateMark(
            @NotNull UUID participantId,
            @NotNull PublicProfile person,
            @NotNull DelegationRole role,
            @Schema(description = "None while unmarked.") AttendanceStatus status,
            @Schema(description = "When it was marked, in the trip's zone.") OffsetDateTime markedAt,
            @Size(max = 200) @Schema(description = "Organisers only: who marked it.") String markedBy,
            Attendance.Method method) {
    }
}
