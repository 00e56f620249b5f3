package org.studytrip.topic;

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
import org.studytrip.common.web.ListParameters;
import org.studytrip.common.web.Page;
import org.studytrip.common.web.Responses;

@Path("/api/v1/topics")
@Tag(name = "Topics", description = "Themes of the programme, such as urban resilience.")
@Exchange(noun = "topic")
@Produces(MediaType.APPLICATION_JSON)
public class TopicResource extends CollectionResource<TopicInput, TopicView, TopicService> {

    TopicResource(TopicService service) {
        super(service);
    }

    @GET
    @PermitAll
    @Kind(OperationKind.LIST)
    @Operation(summary = "List topics", description = "Filter by text; sortable by code, name, createdAt, updatedAt.")
    public RestResponse<Page<TopicView>> listTopics(@BeanParam ListParameters filter, @Context UriInfo uriInfo) {
        return Responses.page(uriInfo, service.list(filter));
    }
}
