package org.studytrip.participant.consent;

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

@Path(ConsentResource.PATH)
@Tag(name = "Consents", description = "Consent per participant and purpose: which privacy notice, which decision, when. "
        + "Records are never changed; a withdrawal is a new record.")
public class ConsentResource {

    static final String PATH = "/api/v1/consents";

    private final ConsentService service;

    ConsentResource(ConsentService service) {
        this.service = service;
    }

    @GET
    @Kind(OperationKind.READ)
    @PersonalData
    @RolesAllowed({Roles.ORGANISER, Roles.PARTICIPANT})
    @Path("{id}")
    @Operation(summary = "Get a consent decision", description = "Answers with an ETag (a decision never changes).")
    public RestResponse<ConsentView> getConsent(@RestPath String id, @RestHeader("If-None-Match") String ifNoneMatch) {
        return Responses.read(ifNoneMatch, service.get(id));
    }
}
