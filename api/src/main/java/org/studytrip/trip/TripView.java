package org.studytrip.trip;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.studytrip.common.access.Visibility;
import org.studytrip.common.text.LocalizedDescription;
import org.studytrip.common.text.LocalizedText;
import org.studytrip.common.web.VersionedView;
import org.studytrip.organisation.OrganisationSummary;
import org.studytrip.topic.TopicSummary;

/** A trip as clients see it, with its organiser, topics and sending organisations embedded. */
@Schema(name = "Trip")
public record TripView(
        @NotNull UUID id,
        @NotNull @Size(max = 64) @Schema(examples = "korea-2025") String code,
        @NotNull LocalizedText title,
        LocalizedDescription summary,
        @Size(min = 2, max = 2) @Schema(examples = "KR") String hostCountry,
        @Size(max = 64) @Schema(examples = "Asia/Seoul") String timeZone,
        LocalDate startDate,
        LocalDate endDate,
        @NotNull OrganisationSummary organiser,
        @NotNull TripStatus status,
        @NotNull @Size(max = 50) List<TopicSummary> topics,
        @NotNull @Size(max = 100) List<OrganisationSummary> sendingOrganisations,
        TripReference previousEdition,
        LocalizedDescription policyFramework,
        @NotNull @Schema(minimum = "0", maximum = "9223372036854775807", examples = "0") long version,
        @NotNull Instant createdAt,
        @NotNull Instant updatedAt) implements VersionedView {

    /** Another edition, as a trip refers to it. */
    @Schema(name = "TripReference")
    public record TripReference(
            @NotNull UUID id,
            @NotNull @Size(max = 64) @Schema(examples = "study-trip-2024") String code,
            @NotNull LocalizedText title) {

        public static TripReference of(Trip trip) {
            return new TripReference(trip.id, trip.code, trip.title);
        }
    }

    static TripView of(Trip trip, Visibility visibility) {
        return new TripView(trip.id, trip.code, trip.title, trip.summary, trip.hostCountry, trip.timeZone,
                trip.startDate, trip.endDate, visibility.embed(trip.organiser, organiser -> OrganisationSummary.of(organiser, visibility)), trip.status,
                visibility.embedAll(trip.topics, TopicSummary::of),
                visibility.embedAll(trip.sendingOrganisations, organisation -> OrganisationSummary.of(organisation, visibility)),
                visibility.embed(trip.previousEdition, TripReference::of),
                trip.policyFramework, trip.version, trip.createdAt, trip.updatedAt);
    }
}
