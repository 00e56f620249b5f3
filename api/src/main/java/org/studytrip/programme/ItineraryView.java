package org.studytrip.programme;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.studytrip.common.text.LocalizedText;
import org.studytrip.organisation.OrganisationSummary;
import org.studytrip.session.SessionView;
import org.studytrip.trip.Trip;
import org.studytrip.trip.TripStatus;

/** A trip's whole programme in one response: days in order, their sessions by start time, and the delegations. */
@Schema(name = "Itinerary")
public record ItineraryView(
        @NotNull TripHeader trip,
        @NotNull @Size(max = 400) List<Day> days,
        @NotNull @Size(max = 1000) List<DelegationCount> delegations,
        @NotNull @Min(0) @Max(100000) int totalParticipants) {

    @Schema(name = "ItineraryTrip")
    public record TripHeader(
            @NotNull UUID id,
            @NotNull @Size(max = 64) String code,
            @NotNull LocalizedText title,
            @Size(max = 64) @Schema(examples = "Asia/Seoul") String timeZone,
            LocalDate startDate,
            LocalDate endDate,
            @NotNull TripStatus status) {

        public static TripHeader of(Trip trip) {
            return new TripHeader(trip.id, trip.code, trip.title, trip.timeZone, trip.startDate, trip.endDate, trip.status);
        }
    }

    /** A day of the trip in its zone; every day between start and end is listed, even without sessions. */
    @Schema(name = "ItineraryDay")
    public record Day(
            @NotNull LocalDate date,
            @NotNull @Size(max = 500) List<SessionView> sessions) {
    }

    /** How many participants an organisation sends; {@code organisation} is absent for those sent by none. */
    @Schema(name = "DelegationCount")
    public record DelegationCount(
            OrganisationSummary organisation,
            @NotNull @Min(0) @Max(100000) int participantCount) {
    }
}
