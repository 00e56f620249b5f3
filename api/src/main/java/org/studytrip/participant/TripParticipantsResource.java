package org.studytrip.participant;

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

/** A trip's participants as a collection; each then lives at /api/v1/participants/{id}. */
@Path("/api/v1/trips/{tripId}/participants")
@Tag(name = "Participants", description = "People's parts in a trip: role, position and sending organisation, "
        + "with public profiles only.")
@Produces(MediaType.APPLICATION_JSON)
public class TripParticipantsResource {

    private final ParticipantService service;

    TripParticipantsResource(ParticipantService service) {
        this.service = service;
    }

    @GET
    @Kind(value = OperationKind.LIST, belowParent = true)
    @RolesAllowed({Roles.ORGANISER, Roles.PARTNER, Roles.PARTICIPANT})
    @Operation(summary = "List a trip's participants", description = "Public profiles only. Filter by sending "
            + "organisation (id), city (code), role or text in names; sortable by familyName, role, createdAt, updatedAt.")
    public RestResponse<Page<ParticipantView>> listParticipants(@RestPath String tripId,
            @BeanParam ParticipantFilter filter, @Context UriInfo uriInfo) {
        return Responses.page(uriInfo, service.list(tripId, filter));
    }

    @POST
    @Kind(value = OperationKind.CREATE, belowParent = true)
    @RolesAllowed(Roles.ORGANISER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a participant to a trip", description = "Names an existing person (personId) or records "
            + "a new one (person). Answers 201 with the participation's own address (/api/v1/participants/{id}); "
            + "a person takes part in a trip once (409 otherwise).")
    public RestResponse<ParticipantView> createParticipant(@RestPath String tripId, @NotNull @Valid ParticipantInput body,
            @Context UriInfo uriInfo) {
        return Responses.created(uriInfo, ParticipantResource.PATH, service.create(tripId, body));
    }
}
