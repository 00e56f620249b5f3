package org.studytrip.topic;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.studytrip.common.exchange.CatalogueResource;
import org.studytrip.common.exchange.Exchange;

@Path("/api/v1/topics")
@Tag(name = "Topics", description = "Themes of the programme, such as urban resilience.")
@Exchange(noun = "topic", plural = "topics")
public class TopicResource extends CatalogueResource<TopicInput, TopicView, TopicService, TopicFilter> {
}
