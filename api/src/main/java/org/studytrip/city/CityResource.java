package org.studytrip.city;

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

@Path("/api/v1/cities")
@Tag(name = "Cities", description = "Local governments' places that send delegates, with their home time zone.")
@Exchange(noun = "city")
@Produces(MediaType.APPLICATION_JSON)
public class CityResource extends CollectionResource<CityInput, CityView, CityService> {

    CityResource(CityService service) {
        super(service);
    }

    @GET
    @PermitAll
    @Kind(OperationKind.LIST)
    @Operation(summary = "List cities", description = "Filter by province, level, country or text; sortable by "
            + "code, name, province, level, country, createdAt, updatedAt.")
    public RestResponse<Page<CityView>> listCities(@BeanParam CityFilter filter, @Context UriInfo uriInfo) {
        return Responses.page(uriInfo, service.list(filter));
    }
}
