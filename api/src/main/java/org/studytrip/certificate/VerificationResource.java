package org.studytrip.certificate;

import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import org.studytrip.common.exchange.Kind;
import org.studytrip.common.exchange.Kind.OperationKind;
import org.studytrip.common.web.Responses;
import org.studytrip.common.web.Tagged;

/** Public verification of a certificate by its serial. */
@Path("/api/v1/verifications")
@Tag(name = "Verification", description = "For anyone handed a certificate: does it stand? By its serial, or as a "
        + "credential checked against the published keys and revocation list.")
public class VerificationResource {

    private final CertificateService service;

    VerificationResource(CertificateService service) {
        this.service = service;
    }

    @GET
    @Path("{serial}")
    @Kind(OperationKind.READ)
    @PermitAll
    @Operation(summary = "Verify a certificate", description = "By the serial printed on it (any case, with or without "
            + "hyphens): valid, revoked or replaced, the name printed on it, the trip and the issuer; nothing else "
            + "about the holder. 404 for a serial no certificate has. Every lookup counts: past a few in a short time "
            + "a client gets 429, so serials cannot be guessed.")
    public RestResponse<VerificationView> verifyCertificate(
            @RestPath @Parameter(description = "The serial as printed.", schema = @Schema(type = SchemaType.STRING, maxLength = 40,
                    examples = "7KQ2M-9XD4R-T1VBW-H6N3P")) String serial, @Context HttpServerRequest http,
            @RestHeader("If-None-Match") String ifNoneMatch) {
        return Responses.read(ifNoneMatch, Tagged.ofContent(service.verify(serial, http)));
    }
}
