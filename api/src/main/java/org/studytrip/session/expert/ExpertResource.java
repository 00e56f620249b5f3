package org.studytrip.session.expert;

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

@Path("/api/v1/experts")
@Tag(name = "Experts", description = "The people the delegation meets: names, titles, organisations, topics.")
@Exchange(noun = "expert")
@Produces(MediaType.APPLICATION_JSON)
public class ExpertResource extends CollectionResource<ExpertInput, ExpertView, ExpertService> {

    ExpertResource(ExpertService service) {
        super(service);
    }

    @GET
    @PermitAll
    @Kind(OperationKind.LIST)
    @Operation(summary = "List experts", description = "Filter by organisation (id), topic (code) or text in names; "
            + "sortable by name, createdAt, updatedAt.")
    public RestResponse<Page<ExpertView>> listExperts(@BeanParam ExpertFilter filter, @Context UriInfo uriInfo) {
        return Responses.page(uriInfo, service.list(filter));
    }
}
