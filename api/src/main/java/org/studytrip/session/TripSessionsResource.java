package org.studytrip.session;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import org.studytrip.common.exchange.Kind;
import org.studytrip.common.exchange.Kind.OperationKind;
import org.studytrip.common.security.Roles;
import org.studytrip.common.web.Page;
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
    @Kind(value = OperationKind.LIST, belowParent = true)
    @PermitAll
    @Operation(summary = "List a trip's sessions", description = "In start order by default. Filter by day (in the "
            + "trip's zone), topic (code), expert (id), venue (id), status or text; sortable by startsAt, title, "
            + "type, status, updatedAt.")
    public RestResponse<Page<SessionView>> listSessions(@RestPath String tripId, @BeanParam SessionFilter filter,
            @Context UriInfo uriInfo) {
        return Responses.page(uriInfo, service.list(tripId, filter));
    }

    @POST
    @Kind(value = OperationKind.CREATE, belowParent = true)
    @RolesAllowed(Roles.ORGANISER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a session to a trip", description = "Times may carry any offset; they must lie within "
            + "the trip's days in its zone. Answers 201 with the session's own address (/api/v1/sessions/{id}).")
    public RestResponse<SessionView> createSession(@RestPath String tripId, @NotNull @Valid SessionInput body,
            @Context UriInfo uriInfo) {
        return Responses.created(uriInfo, SessionResource.PATH, service.create(tripId, body));
    }
}
