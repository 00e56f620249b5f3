package org.studytrip.session;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.studytrip.common.access.Visibility;
import org.studytrip.common.text.LocalizedDescription;
import org.studytrip.common.text.LocalizedText;
import org.studytrip.common.web.VersionedView;
import org.studytrip.organisation.OrganisationSummary;
import org.studytrip.session.expert.ExpertSummary;
import org.studytrip.session.venue.VenueSummary;
import org.studytrip.topic.TopicSummary;

/** A session as clients see it: times in the trip's zone, with venue, host, experts and topics embedded. */
@Schema(name = "Session")
public record SessionView(
        @NotNull UUID id,
        @NotNull UUID tripId,
        @NotNull LocalizedText title,
        LocalizedDescription description,
        @NotNull SessionType type,
        @NotNull @Schema(description = "Start, in the trip's zone.", examples = "2025-10-14T09:30:00+09:00")
        OffsetDateTime startsAt,
        @NotNull @Schema(description = "End, in the trip's zone.", examples = "2025-10-14T11:00:00+09:00")
        OffsetDateTime endsAt,
        @NotNull @Schema(description = "The day of the programme the session starts on, in the trip's zone.")
        LocalDate date,
        VenueSummary venue,
        OrganisationSummary host,
        @NotNull @Size(max = 30) List<ExpertSummary> experts,
        @NotNull @Size(max = 20) List<TopicSummary> topics,
        @Size(max = 16) @Schema(examples = "ko") String language,
        @Size(max = 16) @Schema(examples = "zh") String interpretation,
        @NotNull SessionStatus status,
        LocalizedText statusReason,
        @NotNull @Schema(description = "Whether a certificate needs it attended, whatever its type.") boolean mandatory,
        @NotNull @Schema(minimum = "0", maximum = "9223372036854775807", examples = "0") long version,
        @NotNull Instant createdAt,
        @NotNull Instant updatedAt) implements VersionedView {

    public static SessionView of(Session session, Visibility visibility) {
        ZoneId zone = session.trip.zone();
        OffsetDateTime startsAt = session.startsAt.atZone(zone).toOffsetDateTime();
        return new SessionView(session.id, session.trip.id, session.title, session.description, session.type,
                startsAt, session.endsAt.atZone(zone).toOffsetDateTime(), startsAt.toLocalDate(),
                visibility.embed(session.venue, VenueSummary::of),
                visibility.embed(session.host, host -> OrganisationSummary.of(host, visibility)),
                visibility.embedAll(session.experts, expert -> ExpertSummary.of(expert, visibility)),
                visibility.embedAll(session.topics, TopicSummary::of), session.language, session.interpretation,
                session.status, session.statusReason, session.mandatory, session.version, session.createdAt, session.updatedAt);
    }
}
