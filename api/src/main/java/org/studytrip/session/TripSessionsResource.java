package org.studytrip.session;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.studytrip.common.security.Roles;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;
import org.studytrip.common.problem.ProblemException;
import org.studytrip.common.validation.StorableDate;
import org.studytrip.common.web.ApiEnums;
import org.studytrip.common.web.ListParameters;
import org.studytrip.common.web.Page;
import org.studytrip.common.web.QueryValues;
import org.studytrip.common.web.Responses;

/** A trip's sessions as a collection; each session then lives at /api/v1/sessions/{id} ({@link SessionResource}). */
@Path("/api/v1/trips/{tripId}/sessions")
@Tag(name = "Sessions", description = "The programme of a trip: lectures, dialogues, site visits and the rest, "
        + "with times in the trip's zone.")
@Produces(MediaType.APPLICATION_JSON)
public class TripSessionsResource {

    private final SessionService service;

    TripSessionsResource(SessionService service) {
        this.service = service;
    }

    @GET
    @PermitAll
    @Operation(summary = "List a trip's sessions", description = "In start order by default. Filter by day (in the "
            + "trip's zone), topic (code), expert (id), venue (id), status or text; sortable by startsAt, title, "
            + "type, status, updatedAt.")
    public RestResponse<Page<SessionView>> listSessions(@RestPath String tripId, @BeanParam ListParameters list,
            @RestQuery @Parameter(description = "A day of the trip, in the trip's zone.", example = "2025-10-14",
                    schema = @Schema(type = SchemaType.STRING, format = "date", maxLength = 10)) String date,
            @RestQuery @Parameter(description = "Code of a topic of the session.", example = "urban-resilience",
                    schema = @Schema(maxLength = 64, pattern = "^[a-z0-9-]+$")) String topic,
            @RestQuery @Parameter(description = "Id of an expert of the session.",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36)) String expert,
            @RestQuery @Parameter(description = "Id of the venue.",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36)) String venue,
            @RestQuery @Parameter(description = "Status.", schema = @Schema(implementation = SessionStatus.class)) String status,
            @Context UriInfo uriInfo) {
        var filter = new SessionService.Filter(date(date), topic, QueryValues.uuid("expert", expert),
                QueryValues.uuid("venue", venue), ApiEnums.parse(SessionStatus.class, "status", status), list.text());
        return Responses.page(uriInfo, service.list(tripId, filter, list.pageRequest(), list.sort));
    }

    @POST
    @RolesAllowed(Roles.ORGANISER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a session to a trip", description = "Times may carry any offset; they must lie within "
            + "the trip's days in its zone. Answers 201 with the session's own address (/api/v1/sessions/{id}).")
    public RestResponse<SessionView> createSession(@RestPath String tripId, @NotNull @Valid SessionInput body,
            @Context UriInfo uriInfo) {
        return Responses.created(uriInfo, SessionResource.PATH, service.create(tripId, body));
    }

    private static LocalDate date(String raw) {
        try {
            LocalDate date = raw == null || raw.isEmpty() ? null : LocalDate.parse(raw);
            if (date != null && !StorableDate.Years.storable(date.getYear())) {
                throw ProblemException.invalidField("date", "out-of-range", "must lie between the years 1000 and 9999");
            }
            return date;
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField("date", "invalid-value", "must be a date such as 2025-10-14");
        }
    }
}
