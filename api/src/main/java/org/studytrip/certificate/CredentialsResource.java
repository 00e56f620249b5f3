package org.studytrip.certificate;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
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
import org.studytrip.common.web.AggregateTag;
import org.studytrip.common.web.Responses;
import org.studytrip.common.web.Tagged;

/** What a verifier needs to check a credential offline: the public keys, and the revocation list. */
@Path("/api/v1/credentials")
@Tag(name = "Verification")
public class CredentialsResource {

    static final String JWK_SET = "application/jwk-set+json";

    private final CertificateService service;

    CredentialsResource(CertificateService service) {
        this.service = service;
    }

    @GET
    @Path("keys")
    @Produces(JWK_SET)
    @Kind(OperationKind.READ)
    @PermitAll
    @Operation(summary = "Get the credential signing keys", description = "The public keys credentials are signed "
            + "with, as a JWK Set (RFC 7517); a credential's header names its key (kid).")
    @APIResponse(responseCode = "200", description = "The keys",
            content = @Content(mediaType = JWK_SET, schema = @Schema(type = SchemaType.OBJECT)))
    public RestResponse<String> getCredentialKeys(@RestHeader("If-None-Match") String ifNoneMatch) {
        String keys = service.publishedKeys();
        return Responses.read(ifNoneMatch, new Tagged<>(keys, new AggregateTag().add(keys).value()));
    }

    @GET
    @Path("status/{issuerId}")
    @Produces(Credentials.MEDIA_TYPE)
    @Kind(OperationKind.READ)
    @PermitAll
    @Operation(summary = "Get an issuer's revocation list", description = "A W3C Bitstring Status List credential "
            + "(VC-JWT, signed like the certificates) of the organisation that issued them: the bit at a credential's "
            + "statusListIndex is 1 once it is revoked or replaced. Revalidate with If-None-Match.")
    @APIResponse(responseCode = "200", description = "The list, a compact JWT",
            content = @Content(mediaType = Credentials.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, maxLength = 256 * 1024,
                    pattern = "^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$")))
    public RestResponse<byte[]> getRevocationList(@RestPath String issuerId, @RestHeader("If-None-Match") String ifNoneMatch) {
        return service.statusList(issuerId, ifNoneMatch).response();
    }
}
