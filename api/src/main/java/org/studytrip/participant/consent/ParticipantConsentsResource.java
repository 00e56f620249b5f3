package org.studytrip.participant.consent;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import org.studytrip.common.idempotency.Idempotent;
import org.studytrip.common.exchange.Kind;
import org.studytrip.common.exchange.Kind.OperationKind;
import org.studytrip.common.privacy.PersonalData;
import org.studytrip.common.security.Roles;
import org.studytrip.common.web.Page;
import org.studytrip.common.web.PageParameters;
import org.studytrip.common.web.Responses;

/** A participant's consent decisions: recorded one by one, never changed or deleted. */
@Path("/api/v1/participants/{participantId}/consents")
@Tag(name = "Consents")
public class ParticipantConsentsResource {

    private final ConsentService service;

    ParticipantConsentsResource(ConsentService service) {
        this.service = service;
    }

    @GET
    @Kind(value = OperationKind.LIST, belowParent = true)
    @PersonalData
    @RolesAllowed({Roles.ORGANISER, Roles.PARTICIPANT})
    @Operation(summary = "List a participant's consent decisions", description = "Oldest first; for each purpose the "
            + "latest decision is in force.")
    public RestResponse<Page<ConsentView>> listConsents(@RestPath String participantId, @BeanParam PageParameters paging,
            @Context UriInfo uriInfo) {
        return Responses.page(uriInfo, service.list(participantId, paging.pageRequest()));
    }

    @POST
    @Idempotent
    @Kind(value = OperationKind.CREATE, belowParent = true)
    @RolesAllowed({Roles.ORGANISER, Roles.PARTICIPANT})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a consent decision", description = "Purpose, the version of the privacy notice shown, "
            + "and granted or withdrawn; the server records the time. Answers 201 with Location and ETag. Organisers "
            + "record any decision; a participant may withdraw their own consent (403 for granting; another's "
            + "participation is unknown to them: 404).")
    public RestResponse<ConsentView> createConsent(@RestPath String participantId, @NotNull @Valid ConsentInput body,
            @Context UriInfo uriInfo) {
        return Responses.created(uriInfo, ConsentResource.PATH, service.record(participantId, body));
    }
}
