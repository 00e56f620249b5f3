package org.studytrip.topic;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.studytrip.common.exchange.CatalogueResource;
import org.studytrip.common.exchange.Exchange;
import org.studytrip.common.web.ListParameters;

@Path("/api/v1/topics")
@Tag(name = "Topics", description = "Themes of the programme, such as urban resilience.")
@Exchange(noun = "topic", plural = "topics",
        listing = "Filter by text; sortable by code, name, createdAt, updatedAt.")
public class TopicResource extends CatalogueResource<TopicInput, TopicView, TopicService, ListParameters> {
}
