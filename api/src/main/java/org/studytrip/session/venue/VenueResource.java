package org.studytrip.session.venue;

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

@Path("/api/v1/venues")
@Tag(name = "Venues", description = "Where sessions happen, with addresses in local script and in English.")
@Exchange(noun = "venue")
@Produces(MediaType.APPLICATION_JSON)
public class VenueResource extends CollectionResource<VenueInput, VenueView, VenueService> {

    VenueResource(VenueService service) {
        super(service);
    }

    @GET
    @PermitAll
    @Kind(OperationKind.LIST)
    @Operation(summary = "List venues", description = "Filter by city (code) or text in names and addresses; "
            + "sortable by name, createdAt, updatedAt.")
    public RestResponse<Page<VenueView>> listVenues(@BeanParam VenueFilter filter, @Context UriInfo uriInfo) {
        return Responses.page(uriInfo, service.list(filter));
    }
}
