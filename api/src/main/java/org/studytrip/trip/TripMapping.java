package org.studytrip.trip;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;
import org.studytrip.common.crud.EntityMapping;
import org.studytrip.common.crud.MappingRules;

/** Between trips and their input, generated; see {@link MappingRules}. */
@Mapper(config = MappingRules.class)
interface TripMapping extends EntityMapping<Trip, TripInput> {

    @Override
    @Mapping(target = "organiser", source = "organiserId")
    @Mapping(target = "topics", source = "topicIds")
    @Mapping(target = "sendingOrganisations", source = "sendingOrganisationIds")
    @Mapping(target = "previousEdition", source = "previousEditionId")
    @Mapping(target = "certificateMinimumShare", ignore = true)
    @Mapping(target = "certificateSessionTypes", ignore = true)
    void apply(TripInput input, @MappingTarget Trip trip);

    @Override
    @Mapping(target = "organiserId", source = "organiser")
    @Mapping(target = "topicIds", source = "topics")
    @Mapping(target = "sendingOrganisationIds", source = "sendingOrganisations")
    @Mapping(target = "previousEditionId", source = "previousEdition")
    TripInput toInput(Trip trip);
}
