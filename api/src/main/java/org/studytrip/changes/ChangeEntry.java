package org.studytrip.changes;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.studytrip.city.CityView;
import org.studytrip.common.changelog.ChangeOperation;
import org.studytrip.organisation.OrganisationView;
import org.studytrip.participant.ParticipantView;
import org.studytrip.person.PublicProfile;
import org.studytrip.session.SessionView;
import org.studytrip.session.expert.ExpertView;
import org.studytrip.session.venue.VenueView;
import org.studytrip.topic.TopicView;
import org.studytrip.trip.TripView;

/** One change in a feed: which record, what happened to it, and the record as it is now. */
@Schema(name = "Change")
public record ChangeEntry(
        @NotNull @Schema(description = "Position in the change log; larger is later.", minimum = "1",
                maximum = "9223372036854775807", examples = "1042") long sequence,
        @NotNull ChangeType type,
        @NotNull UUID id,
        @NotNull ChangeOperation operation,
        @NotNull Instant changedAt,
        @NotNull @Schema(description = "The record's version after the change.", minimum = "0",
                maximum = "9223372036854775807", examples = "3") long version,
        @Schema(description = "The trip the record belongs to, for sessions, participants and the trip itself.")
        UUID tripId,
        @Schema(description = "The record as it is now, as the caller may see it: the representation its own "
                + "resource gives (a person's public profile only). Absent when the record no longer exists: a "
                + "tombstone; remove it.", anyOf = {TripView.class, SessionView.class, VenueView.class,
                ExpertView.class, TopicView.class, OrganisationView.class, CityView.class, ParticipantView.class,
                PublicProfile.class})
        Object data) {
}
