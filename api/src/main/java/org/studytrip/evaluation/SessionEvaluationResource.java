package org.studytrip.evaluation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import org.studytrip.common.exchange.Kind;
import org.studytrip.common.exchange.Kind.OperationKind;
import org.studytrip.common.idempotency.Idempotent;
import org.studytrip.common.privacy.PersonalData;
import org.studytrip.common.security.Roles;

/** A delegate's evaluation of a session. */
@Path("/api/v1/sessions/{sessionId}")
@Tag(name = "Evaluations", description = "Delegates rate sessions and the trip (1–5, with a comment in their "
        + "language); organisers read the summaries with the comments, partners the numbers.")
@PersonalData
public class SessionEvaluationResource {

    private final EvaluationService service;

    SessionEvaluationResource(EvaluationService service) {
        this.service = service;
    }

    @POST
    @Path("evaluations")
    @Idempotent
    @Kind(value = OperationKind.SUBMIT, belowParent = true)
    @RolesAllowed(Roles.PARTICIPANT)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Evaluate a session", description = "By a delegate of its trip, once the session has "
            + "started (409 evaluation-not-open before; session-cancelled for a cancelled one). Sending again replaces "
            + "the delegate's evaluation. The comment is anonymous unless signed is true.")
    public RestResponse<EvaluationView> evaluateSession(@RestPath String sessionId, @NotNull @Valid EvaluationInput body) {
        return RestResponse.ok(service.evaluateSession(sessionId, body));
    }
}
