package org.studytrip.programme.calendar;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import org.studytrip.common.exchange.Kind;
import org.studytrip.common.exchange.Kind.OperationKind;
import org.studytrip.programme.ExportParameters;
import org.studytrip.programme.ItineraryService;
import org.studytrip.programme.ItineraryView;
import org.studytrip.programme.ProgrammeRepresentations;

/** A trip's calendar feed, built once per version of the programme and language, as the itinerary is. */
@Path("/api/v1/trips/{tripId}/calendar")
@Tag(name = "Calendars", description = "The programme in iCalendar (RFC 5545) for calendar apps: a feed per trip, "
        + "and a personal feed per participant behind a secret, revocable address.")
public class TripCalendarResource {

    private final ProgrammeRepresentations representations;
    private final ItineraryService itineraries;

    TripCalendarResource(ProgrammeRepresentations representations, ItineraryService itineraries) {
        this.representations = representations;
        this.itineraries = itineraries;
    }

    @GET
    @Produces(ProgrammeCalendar.MEDIA_TYPE)
    @Kind(OperationKind.READ)
    @PermitAll
    @Operation(summary = "Get a trip's calendar feed", description = "The trip's sessions in iCalendar (RFC 5545) for "
            + "calendar apps to subscribe to: times in the trip's zone (its VTIMEZONE included), venues with their "
            + "local and English addresses, each session one event (UID from the session's id) whose SEQUENCE rises "
            + "with every change; cancelled sessions stay, as CANCELLED. Public for published trips. Built once per "
            + "version of the programme and language; revalidate with If-None-Match.")
    @APIResponse(responseCode = "200", description = "The feed",
            content = @Content(mediaType = ProgrammeCalendar.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, maxLength = ProgrammeCalendar.MAX_BYTES)))
    public CompletionStage<RestResponse<byte[]>> getTripCalendar(@RestPath String tripId, @BeanParam ExportParameters export) {
        return representations.export("calendar", ProgrammeCalendar.MEDIA_TYPE, tripId, export, (trip, language) -> {
            ItineraryView itinerary = itineraries.itinerary(trip);
            return ProgrammeCalendar.render(itinerary.trip(), itinerary.days(), language, language.of(trip.title));
        });
    }
}
