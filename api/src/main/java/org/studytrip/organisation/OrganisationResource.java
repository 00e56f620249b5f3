package org.studytrip.organisation;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.studytrip.common.exchange.CollectionResource;
import org.studytrip.common.exchange.Exchange;
import org.studytrip.common.exchange.Kind;
import org.studytrip.common.exchange.Kind.OperationKind;
import org.studytrip.common.web.Page;
import org.studytrip.common.web.Responses;

@Path("/api/v1/organisations")
@Tag(name = "Organisations", description = "Ministries, agencies, institutions, partnerships, local governments and secretariats that organise trips or send delegates.")
@Exchange(noun = "organisation")
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationResource extends CollectionResource<OrganisationInput, OrganisationView, OrganisationService> {

    OrganisationResource(OrganisationService service) {
        super(service);
    }

    @GET
    @PermitAll
    @Kind(OperationKind.LIST)
    @Operation(summary = "List organisations", description = "Filter by type, country, city (code) or text; sortable "
            + "by code, name, type, country, createdAt, updatedAt.")
    public RestResponse<Page<OrganisationView>> listOrganisations(@BeanParam OrganisationFilter filter, @Context UriInfo uriInfo) {
        return Responses.page(uriInfo, service.list(filter));
    }
}
