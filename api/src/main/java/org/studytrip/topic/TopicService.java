package org.studytrip.topic;

import jakarta.enterprise.context.ApplicationScoped;
import org.studytrip.common.crud.CrudService;

@ApplicationScoped
public class TopicService extends CrudService<Topic, TopicInput, TopicView> {

    @Override
    protected TopicView toView(Topic topic) {
        return TopicView.of(topic);
    }
}
