package org.studytrip.participant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import org.studytrip.common.exchange.Kind;
import org.studytrip.common.exchange.Kind.OperationKind;
import org.studytrip.common.security.Roles;
import org.studytrip.common.web.Responses;

@Path("/api/v1/trips/{tripId}/delegations")
@Tag(name = "Participants")
public class TripDelegationsResource {

    private final ParticipantService service;

    TripDelegationsResource(ParticipantService service) {
        this.service = service;
    }

    @GET
    @Kind(OperationKind.READ)
    @RolesAllowed({Roles.ORGANISER, Roles.PARTNER, Roles.PARTICIPANT})
    @Operation(summary = "Get a trip's delegations", description = "Participants grouped by sending organisation "
            + "(local governments with their city, national bodies without), with counts and public profiles only. "
            + "The ETag changes whenever any participant, person or organisation shown changes.")
    public RestResponse<DelegationsView> getDelegations(@RestPath String tripId, @RestHeader("If-None-Match") String ifNoneMatch) {
        return Responses.read(ifNoneMatch, service.delegations(tripId));
    }
}
