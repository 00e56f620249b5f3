package org.studytrip.topic;

import jakarta.enterprise.context.ApplicationScoped;
import org.studytrip.common.crud.CatalogueService;

@ApplicationScoped
public class TopicService extends CatalogueService<Topic, TopicInput, TopicView> {

    @Override
    protected TopicView toView(Topic topic) {
        return TopicView.of(topic);
    }
}
