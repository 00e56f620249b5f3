package org.studytrip.programme.linkeddata;

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
import org.studytrip.programme.AppConfig;
import org.studytrip.programme.ExportParameters;
import org.studytrip.programme.ItineraryService;
import org.studytrip.programme.ProgrammeRepresentations;
import org.studytrip.trip.Trip;

/** A trip as schema.org JSON-LD, for partners to put in their web pages. */
@Path("/api/v1/trips/{tripId}")
@Tag(name = "Linked data", description = "The programme in schema.org terms (JSON-LD), for partners' web pages and "
        + "search engines.")
public class TripLinkedDataResource {

    static final String MEDIA_TYPE = "application/ld+json;charset=UTF-8";

    private final ProgrammeRepresentations representations;
    private final ItineraryService itineraries;
    private final AppConfig app;

    TripLinkedDataResource(ProgrammeRepresentations representations, ItineraryService itineraries, AppConfig app) {
        this.representations = representations;
        this.itineraries = itineraries;
        this.app = app;
    }

    @GET
    @Path("linked-data")
    @Produces(MEDIA_TYPE)
    @Kind(OperationKind.READ)
    @PermitAll
    @Operation(summary = "Get a trip as schema.org JSON-LD", description = "The trip as a schema.org Event in the "
            + "EventSeries of its published editions, organised by its organiser and attended by the sending "
            + "organisations, with each session a sub-event: its Place (addresses in Korean and English, coordinates), "
            + "experts as performers (Person, with their Organization), topics, status (cancelled and rescheduled "
            + "sessions say so). The context is inline, so the document expands without fetching anything. Put it in "
            + "a web page inside a script element of type application/ld+json. Revalidate with If-None-Match.")
    @APIResponse(responseCode = "200", description = "The trip as JSON-LD",
            content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(type = SchemaType.OBJECT,
                    description = "A JSON-LD document in schema.org terms.")))
    public CompletionStage<RestResponse<byte[]>> getTripLinkedData(@RestPath String tripId,
            @BeanParam ExportParameters export) {
        return representations.exportJson("linked-data", MEDIA_TYPE, tripId, export, (trip, language) ->
                ProgrammeLinkedData.of(trip, Trip.publishedEditions(trip), itineraries.itinerary(trip), language, app));
    }
}
