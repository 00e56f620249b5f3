package org.studytrip.programme.calendar;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import org.studytrip.common.exchange.Kind;
import org.studytrip.common.exchange.Kind.OperationKind;
import org.studytrip.programme.ExportParameters;

/** Personal calendar feeds as calendar apps read them: by their secret address, without a bearer token. */
@Path(PersonalCalendarResource.PATH)
@Tag(name = "Calendars")
public class PersonalCalendarResource {

    static final String PATH = "/api/v1/calendars";

    private final CalendarSubscriptionService service;

    PersonalCalendarResource(CalendarSubscriptionService service) {
        this.service = service;
    }

    @GET
    @Path("{feed}")
    @Produces(ProgrammeCalendar.MEDIA_TYPE)
    @Kind(OperationKind.READ)
    @PermitAll
    @Operation(summary = "Get a personal calendar feed", description = "What a calendar app polls: the sessions of "
            + "the participant's trip (once it is published) in iCalendar, in the trip's zone, each session one event "
            + "whose SEQUENCE rises with every change; cancelled sessions stay, as CANCELLED. The secret is the only "
            + "key: no sign-in. 404 once revoked. Revalidate with If-None-Match.")
    @APIResponse(responseCode = "200", description = "The feed",
            content = @Content(mediaType = ProgrammeCalendar.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, maxLength = ProgrammeCalendar.MAX_BYTES)))
    public RestResponse<byte[]> getPersonalCalendar(
            @RestPath @Parameter(description = "The feed: the unguessable last part of its address.",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^[A-Za-z0-9_-]{43}$", maxLength = 43)) String feed,
            @BeanParam ExportParameters export) {
        return service.feed(feed, export.language(), export.ifNoneMatch).response();
    }
}
