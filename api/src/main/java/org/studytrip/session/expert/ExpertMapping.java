package org.studytrip.session.expert;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;
import org.studytrip.common.crud.EntityMapping;
import org.studytrip.common.crud.MappingRules;

/** Between experts and their input, generated; see {@link MappingRules}. */
@Mapper(config = MappingRules.class)
interface ExpertMapping extends EntityMapping<Expert, ExpertInput> {

    @Override
    @Mapping(target = "organisation", source = "organisationId")
    @Mapping(target = "topics", source = "topicIds")
    void apply(ExpertInput input, @MappingTarget Expert expert);

    @Override
    @Mapping(target = "organisationId", source = "organisation")
    @Mapping(target = "topicIds", source = "topics")
    ExpertInput toInput(Expert expert);
}
