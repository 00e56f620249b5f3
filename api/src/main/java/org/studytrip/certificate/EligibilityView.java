package org.studytrip.certificate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.studytrip.attendance.AttendanceStatus;
import org.studytrip.common.text.LocalizedText;
import org.studytrip.person.PublicProfile;
import org.studytrip.session.SessionType;

/** How a delegate stands against the trip's certificate rule, session by session. */
@Schema(name = "Eligibility")
public record EligibilityView(
        @NotNull UUID participantId,
        @NotNull PublicProfile person,
        @NotNull @Schema(description = "Whether a certificate may be issued: the share reached (at least one session "
                + "counted) and no mandatory session missed.") boolean eligible,
        @NotNull @Schema(minimum = "0", maximum = "10000") int attendedSessions,
        @NotNull @Schema(minimum = "0", maximum = "10000", description = "The trip's sessions of the rule's types, "
                + "cancelled ones aside.") int countedSessions,
        @Schema(minimum = "0", maximum = "100", examples = "80.0", description = "Attended of counted, in percent "
                + "to one decimal; none while no session counts.") Double share,
        @NotNull @Schema(minimum = "0", maximum = "100", examples = "80") int requiredShare,
        @NotNull @Size(max = 500) @Schema(description = "Mandatory sessions not attended (absent, excused or unmarked).")
        List<SessionRecord> missingMandatory,
        @NotNull @Schema(minimum = "0", maximum = "1000000", description = "Minutes of the counted and mandatory "
                + "sessions attended: the hours a certificate states.") long minutesAttended,
        @NotNull @Size(max = 500) @Schema(description = "Every session that counts or is mandatory, in time order, "
                + "with the delegate's mark.") List<SessionRecord> sessions) {

    @Schema(name = "EligibilitySession")
    public record SessionRecord(
            @NotNull UUID sessionId,
            @NotNull LocalizedText title,
            @NotNull SessionType type,
            @NotNull @Schema(description = "In the trip's zone.") OffsetDateTime startsAt,
            @NotNull @Schema(description = "In the trip's zone.") OffsetDateTime endsAt,
            @NotNull boolean mandatory,
            @NotNull @Schema(description = "Whether it is of a type the rule counts.") boolean counted,
            @Schema(description = "None while unmarked.") AttendanceStatus status) {
    }
}
