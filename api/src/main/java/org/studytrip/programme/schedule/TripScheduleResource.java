package org.studytrip.programme.schedule;

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

/**
 * A trip's programme for conference-schedule apps, in frab's schedule.xml and in schedule.json, valid against the
 * voc/schedule schemas. Public once the trip is published; built once per version of the programme and language.
 */
@Path("/api/v1/trips/{tripId}")
@Tag(name = "Schedule feeds", description = "The programme in the conference-schedule exchange format that schedule "
        + "apps read (frab's schedule.xml, the schedule.json of frab and pretalx): the trip as the conference, venues "
        + "as rooms, sessions as events, experts as persons, topics as tracks.")
public class TripScheduleResource {

    private static final String XML = "application/xml;charset=UTF-8";
    private static final String JSON = "application/json;charset=UTF-8";

    private final ProgrammeRepresentations representations;
    private final ItineraryService itineraries;
    private final AppConfig app;

    TripScheduleResource(ProgrammeRepresentations representations, ItineraryService itineraries, AppConfig app) {
        this.representations = representations;
        this.itineraries = itineraries;
        this.app = app;
    }

    @GET
    @Path("schedule.xml")
    @Produces(XML)
    @Kind(OperationKind.READ)
    @PermitAll
    @Operation(summary = "Get a trip's schedule.xml", description = "The programme in frab's schedule.xml, valid "
            + "against the voc/schedule XSD: one day element per day of the trip, its events grouped by venue (room), "
            + "times in the trip's zone with its offset, experts as persons, the first topic as track. Event ids "
            + "and guids come from the sessions' ids, so apps keep their favourites across changes; a cancelled "
            + "session stays, its title marked. Revalidate with If-None-Match.")
    @APIResponse(responseCode = "200", description = "The schedule",
            content = @Content(mediaType = XML, schema = @Schema(type = SchemaType.STRING, maxLength = 16 * 1024 * 1024)))
    public CompletionStage<RestResponse<byte[]>> getTripScheduleXml(@RestPath String tripId,
            @BeanParam ExportParameters export) {
        return representations.export("schedule-xml", XML, tripId, export, (trip, language) ->
                ScheduleXml.write(ProgrammeSchedule.of(itineraries.itinerary(trip), language, app)));
    }

    @GET
    @Path("schedule.json")
    @Produces(JSON)
    @Kind(OperationKind.READ)
    @PermitAll
    @Operation(summary = "Get a trip's schedule.json", description = "The same schedule as schedule.xml in the "
            + "schedule.json of frab and pretalx, valid against the voc/schedule JSON Schema: each day's events "
            + "keyed by room name. Revalidate with If-None-Match.")
    @APIResponse(responseCode = "200", description = "The schedule",
            content = @Content(mediaType = JSON, schema = @Schema(type = SchemaType.OBJECT,
                    description = "A schedule.json document (https://c3voc.de/schedule/schema.json).")))
    public CompletionStage<RestResponse<byte[]>> getTripScheduleJson(@RestPath String tripId,
            @BeanParam ExportParameters export) {
        return representations.exportJson("schedule-json", JSON, tripId, export,
                (trip, language) -> ProgrammeSchedule.of(itineraries.itinerary(trip), language, app));
    }
}
