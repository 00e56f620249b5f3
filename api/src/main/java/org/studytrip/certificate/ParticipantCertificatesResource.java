package org.studytrip.certificate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import org.studytrip.common.exchange.Kind;
import org.studytrip.common.exchange.Kind.OperationKind;
import org.studytrip.common.idempotency.Idempotent;
import org.studytrip.common.privacy.PersonalData;
import org.studytrip.common.security.Roles;
import org.studytrip.common.web.Responses;

/** Issuing one delegate's certificate. */
@Path("/api/v1/participants/{participantId}/certificates")
@Tag(name = "Certificates")
@PersonalData
public class ParticipantCertificatesResource {

    private final CertificateService service;

    ParticipantCertificatesResource(CertificateService service) {
        this.service = service;
    }

    @POST
    @Idempotent
    @Kind(value = OperationKind.CREATE, belowParent = true)
    @RolesAllowed(Roles.ORGANISER)
    @Operation(summary = "Issue a delegate's certificate", description = "When the delegate meets the trip's rule: "
            + "the certificate (201 with Location), its PDF and its signed credential. 409 not-eligible (with the "
            + "reason), or certificate-exists while the delegate holds a valid one. No body.")
    public RestResponse<CertificateView> issueCertificate(@RestPath String participantId, @Context UriInfo uriInfo) {
        return Responses.created(uriInfo, CertificateResource.PATH, service.issue(participantId));
    }
}
