package org.studytrip.participant;

import jakarta.annotation.security.RolesAllowed;
import org.studytrip.common.security.Roles;
import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import org.studytrip.common.privacy.PersonalData;
import org.studytrip.common.privacy.PersonalDataAccessView;
import org.studytrip.common.web.ListParameters;
import org.studytrip.common.web.MergePatcher;
import org.studytrip.common.web.Page;
import org.studytrip.common.web.PageParameters;
import org.studytrip.common.web.Preconditions;
import org.studytrip.common.web.Responses;
import org.studytrip.common.web.Tagged;

@Path("/api/v1/people")
@Tag(name = "People", description = "People recorded once across trips. Lists show public profiles; a person's detail carries contact and protected data and is never cached.")
@Produces(MediaType.APPLICATION_JSON)
public class PersonResource {

    private final PersonService service;

    PersonResource(PersonService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.ORGANISER, Roles.PARTNER})
    @Operation(summary = "List people", description = "Public profiles only. Filter by text in names (any script); "
            + "sortable by familyName, givenName, createdAt, updatedAt.")
    public RestResponse<Page<PublicProfile>> listPeople(@BeanParam ListParameters list, @Context UriInfo uriInfo) {
        return Responses.page(uriInfo, service.list(list.text(), list.pageRequest(), list.sort));
    }

    @GET
    @RolesAllowed({Roles.ORGANISER, Roles.PARTICIPANT})
    @Path("{id}")
    @PersonalData
    @Operation(summary = "Get a person", description = "Answers with an ETag; send it back as If-None-Match to get 304 when nothing changed, or as If-Match to change the person.")
    public RestResponse<PersonView> getPerson(@RestPath String id, @RestHeader("If-None-Match") String ifNoneMatch) {
        return Responses.read(ifNoneMatch, service.get(id));
    }

    @POST
    @RolesAllowed(Roles.ORGANISER)
    @Consumes(MediaType.APPLICATION_JSON)
    @PersonalData
    @Operation(summary = "Create a person", description = "The server assigns the id. Answers 201 with Location and ETag.")
    public RestResponse<PersonView> createPerson(@NotNull @Valid PersonInput body, @Context UriInfo uriInfo) {
        return Responses.created(uriInfo, service.create(body));
    }

    @PUT
    @RolesAllowed(Roles.ORGANISER)
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @PersonalData
    @Operation(summary = "Replace a person", description = "Replaces every field; omitted optional fields are removed. Requires If-Match with the current ETag.")
    public RestResponse<PersonView> updatePerson(@RestPath String id, @RestHeader("If-Match") String ifMatch,
            @NotNull @Valid PersonInput body) {
        return Responses.written(service.replace(id, Preconditions.ifMatch(ifMatch), body));
    }

    @PATCH
    @RolesAllowed({Roles.ORGANISER, Roles.PARTICIPANT})
    @Path("{id}")
    @Consumes(MergePatcher.MEDIA_TYPE)
    @PersonalData
    @Operation(summary = "Change some fields of a person (JSON Merge Patch)", description = "RFC 7396: send only what changes, null removes an optional field; the result is checked like a replacement. Requires If-Match.")
    public RestResponse<PersonView> patchPerson(@RestPath String id, @RestHeader("If-Match") String ifMatch, String body)
            throws JsonProcessingException {
        return Responses.written(service.patch(id, Preconditions.ifMatch(ifMatch), body));
    }

    @DELETE
    @RolesAllowed(Roles.ORGANISER)
    @Path("{id}")
    @PersonalData
    @Operation(summary = "Delete a person", description = "Requires If-Match. Answers 409 while the person takes part in trips.")
    public RestResponse<Void> deletePerson(@RestPath String id, @RestHeader("If-Match") String ifMatch) {
        service.delete(id, Preconditions.ifMatch(ifMatch));
        return Responses.deleted();
    }

    @GET
    @RolesAllowed({Roles.ORGANISER, Roles.PARTICIPANT})
    @Path("{id}/export")
    @PersonalData
    @Operation(summary = "Export everything recorded about a person", description = "The person's record with all three "
            + "tiers, every participation and its consent decisions, as one JSON document (right of access and "
            + "portability). The ETag changes when any part does.")
    public RestResponse<PersonExport> exportPerson(@RestPath String id, @RestHeader("If-None-Match") String ifNoneMatch) {
        Tagged<PersonExport> export = service.export(id);
        return Responses.read(ifNoneMatch, export.body(), export.etag());
    }

    @GET
    @RolesAllowed(Roles.ORGANISER)
    @Path("{id}/access-log")
    @PersonalData
    @Operation(summary = "List who read a person's protected details", description = "Every read and export of the "
            + "person's protected details by someone other than the person — who (the name their token gives), when, "
            + "how — newest first. Kept after erasure, as evidence.")
    public RestResponse<Page<PersonalDataAccessView>> listPersonAccesses(@RestPath String id,
            @BeanParam PageParameters paging, @Context UriInfo uriInfo) {
        return Responses.page(uriInfo, service.accesses(id, paging.pageRequest()));
    }

    @DELETE
    @RolesAllowed(Roles.ORGANISER)
    @Path("{id}/personal-data")
    @PersonalData
    @Operation(summary = "Erase a person's data", description = "Anonymises the person: names, contact and protected "
            + "details are removed for good; participations stay for programme statistics, consent decisions as "
            + "evidence. The record can no longer be changed (409 erased). Requires If-Match; erasing again changes "
            + "nothing.")
    public RestResponse<Void> erasePerson(@RestPath String id, @RestHeader("If-Match") String ifMatch) {
        service.erase(id, Preconditions.ifMatch(ifMatch));
        return Responses.deleted();
    }
}
