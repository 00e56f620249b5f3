package org.studytrip.certificate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import org.studytrip.common.exchange.Kind;
import org.studytrip.common.exchange.Kind.OperationKind;
import org.studytrip.common.idempotency.Idempotent;
import org.studytrip.common.pdf.PdfDocuments;
import org.studytrip.common.privacy.PersonalData;
import org.studytrip.common.security.Roles;
import org.studytrip.common.web.Responses;

/** One certificate: for its holder and organisers. */
@Path(CertificateResource.PATH)
@Tag(name = "Certificates")
@PersonalData
public class CertificateResource {

    static final String PATH = "/api/v1/certificates";

    private final CertificateService service;

    CertificateResource(CertificateService service) {
        this.service = service;
    }

    @GET
    @Path("{id}")
    @Kind(OperationKind.READ)
    @RolesAllowed({Roles.ORGANISER, Roles.PARTICIPANT})
    @Operation(summary = "Get a certificate", description = "What it states, its status and the verification page to "
            + "share; for organisers and its holder.")
    public RestResponse<CertificateView> getCertificate(@RestPath String id, @RestHeader("If-None-Match") String ifNoneMatch) {
        return Responses.read(ifNoneMatch, service.get(id));
    }

    @GET
    @Path("{id}/certificate.pdf")
    @Produces(PdfDocuments.MEDIA_TYPE)
    @Kind(OperationKind.READ)
    @RolesAllowed({Roles.ORGANISER, Roles.PARTICIPANT})
    @Operation(summary = "Get a certificate to print (PDF)", description = "An A4 page in Chinese and English with the "
            + "holder's name in both scripts, the trip, the hours attended, the issuer and a QR code of the "
            + "verification page; the font is embedded. A revoked or replaced certificate says so.")
    @APIResponse(responseCode = "200", description = "The certificate",
            content = @Content(mediaType = PdfDocuments.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 16 * 1024 * 1024)))
    public RestResponse<byte[]> getCertificatePdf(@RestPath String id, @RestHeader("If-None-Match") String ifNoneMatch) {
        return service.pdf(id, ifNoneMatch).response();
    }

    @GET
    @Path("{id}/credential")
    @Produces(Credentials.MEDIA_TYPE)
    @Kind(OperationKind.READ)
    @RolesAllowed({Roles.ORGANISER, Roles.PARTICIPANT})
    @Operation(summary = "Get a certificate as a verifiable credential", description = "An Open Badges 3.0 "
            + "OpenBadgeCredential (W3C VC Data Model 2.0) as a VC-JWT signed with RS256 as it was issued; the key is "
            + "named in the header (kid, jwk) and published at /api/v1/credentials/keys, the revocation status at "
            + "the list its credentialStatus names.")
    @APIResponse(responseCode = "200", description = "The credential, a compact JWT",
            content = @Content(mediaType = Credentials.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, maxLength = 64 * 1024,
                    pattern = "^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$")))
    public RestResponse<String> getCertificateCredential(@RestPath String id, @RestHeader("If-None-Match") String ifNoneMatch) {
        return Responses.read(ifNoneMatch, service.credential(id));
    }

    @POST
    @Path("{id}/replacement")
    @Idempotent
    @Kind(value = OperationKind.CREATE, belowParent = true)
    @RolesAllowed(Roles.ORGANISER)
    @Operation(summary = "Replace a certificate", description = "Issues a new certificate stating the same attendance "
            + "under the name as the person's record has it now (after a correction); the old one becomes replaced and "
            + "verifies so. Answers 201 with the new certificate. 409 when the certificate is no longer valid. No body.")
    public RestResponse<CertificateView> replaceCertificate(@RestPath String id, @Context UriInfo uriInfo) {
        return Responses.created(uriInfo, PATH, service.replace(id));
    }

    @POST
    @Path("{id}/revocation")
    @Idempotent
    @Kind(OperationKind.SUBMIT)
    @RolesAllowed(Roles.ORGANISER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Revoke a certificate", description = "With the reason (kept for organisers and the holder). "
            + "From then on it verifies as revoked, by its serial and in the revocation list. 409 when it is no "
            + "longer valid.")
    public RestResponse<CertificateView> revokeCertificate(@RestPath String id, @NotNull @Valid RevocationInput body) {
        return RestResponse.ok(service.revoke(id, body));
    }
}
