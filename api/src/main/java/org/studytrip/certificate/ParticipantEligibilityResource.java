package org.studytrip.certificate;

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

/** One participation's standing against its trip's certificate rule: its own attendance, session by session. */
@Path("/api/v1/participants/{participantId}/eligibility")
@Tag(name = "Certificates")
@PersonalData
public class ParticipantEligibilityResource {

    private final EligibilityService service;

    ParticipantEligibilityResource(EligibilityService service) {
        this.service = service;
    }

    @GET
    @Kind(value = OperationKind.READ, belowParent = true)
    @RolesAllowed({Roles.ORGANISER, Roles.PARTICIPANT})
    @Operation(summary = "Get a participant's certificate eligibility", description = "For organisers, and for a "
            + "delegate their own: the sessions that count or are mandatory with their marks, the share attended, "
            + "the mandatory sessions missed, and whether a certificate may be issued.")
    public RestResponse<EligibilityView> getEligibility(@RestPath String participantId,
            @RestHeader("If-None-Match") String ifNoneMatch) {
        return Responses.read(ifNoneMatch, service.eligibility(participantId));
    }
}
