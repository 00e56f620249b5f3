package org.studytrip.certificate;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import org.studytrip.common.exchange.Kind;
import org.studytrip.common.exchange.Kind.OperationKind;
import org.studytrip.common.idempotency.Idempotent;
import org.studytrip.common.privacy.PersonalData;
import org.studytrip.common.security.Roles;
import org.studytrip.common.web.Page;
import org.studytrip.common.web.PageParameters;
import org.studytrip.common.web.Preconditions;
import org.studytrip.common.web.Responses;

/** A trip's certificate rule, its delegates' standing against it, and its certificates. */
@Path("/api/v1/trips/{tripId}")
@Tag(name = "Certificates", description = "The rule a trip's certificate follows from, where each delegate stands "
        + "against it, and the certificates issued.")
public class TripCertificatesResource {

    private final EligibilityService service;
    private final CertificateService certificates;

    TripCertificatesResource(EligibilityService service, CertificateService certificates) {
        this.service = service;
        this.certificates = certificates;
    }

    @GET
    @Path("certificate-rule")
    @Kind(value = OperationKind.READ, belowParent = true)
    @PermitAll
    @Operation(summary = "Get a trip's certificate rule", description = "Attended (present or late) at least "
            + "minimumShare percent of the trip's sessions of sessionTypes, cancelled ones aside, and every mandatory "
            + "session. Every trip has one; by default 80 % of lectures, dialogues, site visits and workshops. Its "
            + "ETag is the trip's.")
    public RestResponse<CertificateRuleView> getCertificateRule(@RestPath String tripId,
            @RestHeader("If-None-Match") String ifNoneMatch) {
        return Responses.read(ifNoneMatch, service.rule(tripId));
    }

    @PUT
    @Path("certificate-rule")
    @Kind(value = OperationKind.REPLACE, belowParent = true)
    @RolesAllowed(Roles.ORGANISER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a trip's certificate rule", description = "Requires If-Match with the trip's ETag "
            + "(the rule's). Certificates already issued stay as they are.")
    public RestResponse<CertificateRuleView> replaceCertificateRule(@RestPath String tripId,
            @RestHeader("If-Match") String ifMatch, @NotNull @Valid CertificateRuleInput body) {
        return Responses.written(service.replaceRule(tripId, Preconditions.ifMatch(ifMatch), body));
    }

    @GET
    @Path("eligibility")
    @Kind(value = OperationKind.READ, belowParent = true)
    @PersonalData
    @RolesAllowed(Roles.ORGANISER)
    @Operation(summary = "Get every delegate's certificate eligibility", description = "The rule, and each delegate "
            + "(head of delegation or member) by family name: sessions counted and attended, the share, the "
            + "mandatory sessions missed, session by session.")
    public RestResponse<TripEligibilityView> getTripEligibility(@RestPath String tripId,
            @RestHeader("If-None-Match") String ifNoneMatch) {
        return Responses.read(ifNoneMatch, service.tripEligibility(tripId));
    }

    @POST
    @Path("certificates")
    @Idempotent
    @Kind(value = OperationKind.SUBMIT, belowParent = true)
    @RolesAllowed(Roles.ORGANISER)
    @PersonalData
    @Operation(summary = "Issue the trip's certificates", description = "To every delegate who meets the rule and holds "
            + "no valid certificate of the trip yet; the others are listed as skipped, with the reason (not-eligible, "
            + "already-issued). Issuing again issues nothing new. No body.")
    public RestResponse<IssueReport> issueCertificates(@RestPath String tripId) {
        return RestResponse.ok(certificates.issueAll(tripId));
    }

    @GET
    @Path("certificates")
    @Kind(value = OperationKind.LIST, belowParent = true)
    @RolesAllowed({Roles.ORGANISER, Roles.PARTICIPANT})
    @PersonalData
    @Operation(summary = "List a trip's certificates", description = "In the order they were issued; for a delegate "
            + "their own.")
    public RestResponse<Page<CertificateView>> listCertificates(@RestPath String tripId, @BeanParam PageParameters paging,
            @Context UriInfo uriInfo) {
        return Responses.page(uriInfo, certificates.list(tripId, paging.pageRequest()));
    }
}
