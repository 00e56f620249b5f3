package org.studytrip.person;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import org.studytrip.common.exchange.CollectionResource;
import org.studytrip.common.exchange.Exchange;
import org.studytrip.common.exchange.Kind;
import org.studytrip.common.exchange.Kind.OperationKind;
import org.studytrip.common.privacy.PersonalData;
import org.studytrip.common.privacy.PersonalDataAccessView;
import org.studytrip.common.security.Roles;
import org.studytrip.common.web.ListParameters;
import org.studytrip.common.web.Page;
import org.studytrip.common.web.PageParameters;
import org.studytrip.common.web.Preconditions;
import org.studytrip.common.web.Responses;

@Path("/api/v1/people")
@Tag(name = "People", description = "People recorded once across trips. Lists show public profiles; a person's detail carries contact and protected data and is never cached.")
@PersonalData
@Exchange(noun = "person", onDelete = "Answers 409 while the person takes part in trips.")
public class PersonResource extends CollectionResource<PersonInput, PersonView, PersonService> {

    @GET
    @PersonalData(false)
    @RolesAllowed({Roles.ORGANISER, Roles.PARTNER})
    @Kind(OperationKind.LIST)
    @Operation(summary = "List people", description = "Public profiles only. Filter by text in names (any script); "
            + "sortable by familyName, givenName, createdAt, updatedAt.")
    public RestResponse<Page<PublicProfile>> listPeople(@BeanParam ListParameters list, @Context UriInfo uriInfo) {
        return Responses.page(uriInfo, service.list(list));
    }

    @Override
    @RolesAllowed({Roles.ORGANISER, Roles.PARTICIPANT})
    public RestResponse<PersonView> get(String id, String ifNoneMatch) {
        return super.get(id, ifNoneMatch);
    }

    @Override
    @RolesAllowed({Roles.ORGANISER, Roles.PARTICIPANT})
    public RestResponse<PersonView> patch(String id, String ifMatch, String body) throws JsonProcessingException {
        return super.patch(id, ifMatch, body);
    }

    @GET
    @Kind(value = OperationKind.LIST, belowParent = true)
    @RolesAllowed(Roles.ORGANISER)
    @Path("{id}/access-log")
    @Operation(summary = "List who read a person's protected details", description = "Every read and export of the "
            + "person's protected details by someone other than the person — who (the name their token gives), when, "
            + "how — newest first. Kept after erasure, as evidence.")
    public RestResponse<Page<PersonalDataAccessView>> listPersonAccesses(@RestPath String id,
            @BeanParam PageParameters paging, @Context UriInfo uriInfo) {
        return Responses.page(uriInfo, service.accesses(id, paging.pageRequest()));
    }

    @DELETE
    @Kind(OperationKind.DELETE)
    @RolesAllowed(Roles.ORGANISER)
    @Path("{id}/personal-data")
    @Operation(summary = "Erase a person's data", description = "Anonymises the person: names, contact and protected "
            + "details are removed for good; participations stay for programme statistics, consent decisions as "
            + "evidence. The record can no longer be changed (409 erased). Requires If-Match; erasing again changes "
            + "nothing.")
    public RestResponse<Void> erasePerson(@RestPath String id, @RestHeader("If-Match") String ifMatch) {
        service.erase(id, Preconditions.ifMatch(ifMatch));
        return Responses.deleted();
    }
}
