package org.studytrip.evaluation;

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
import org.studytrip.common.privacy.PersonalData;
import org.studytrip.common.security.Roles;
import org.studytrip.common.web.Responses;

/** A delegate's own evaluations. */
@Path("/api/v1/participants/{participantId}/evaluations")
@Tag(name = "Evaluations")
@PersonalData
public class ParticipantEvaluationsResource {

    private final EvaluationService service;

    ParticipantEvaluationsResource(EvaluationService service) {
        this.service = service;
    }

    @GET
    @Kind(value = OperationKind.READ, belowParent = true)
    @RolesAllowed({Roles.ORGANISER, Roles.PARTICIPANT})
    @Operation(summary = "Get a participant's own evaluations", description = "What the delegate gave each session and "
            + "the trip, for them to see and change; organisers may read them too.")
    public RestResponse<OwnEvaluationsView> getOwnEvaluations(@RestPath String participantId,
            @RestHeader("If-None-Match") String ifNoneMatch) {
        return Responses.read(ifNoneMatch, service.own(participantId));
    }
}
