package org.studytrip.topic;

import org.mapstruct.Mapper;
import org.studytrip.common.crud.EntityMapping;
import org.studytrip.common.crud.MappingRules;

/** Between topics and their input, generated; see {@link MappingRules}. */
@Mapper(config = MappingRules.class)
interface TopicMapping extends EntityMapping<Topic, TopicInput> {
}
