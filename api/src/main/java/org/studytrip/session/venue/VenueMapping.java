package org.studytrip.session.venue;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;
import org.studytrip.common.crud.EntityMapping;
import org.studytrip.common.crud.MappingRules;

/** Between venues and their input, generated; see {@link MappingRules}. */
@Mapper(config = MappingRules.class)
interface VenueMapping extends EntityMapping<Venue, VenueInput> {

    @Override
    @Mapping(target = "city", source = "cityId")
    void apply(VenueInput input, @MappingTarget Venue venue);

    @Override
    @Mapping(target = "cityId", source = "city")
    VenueInput toInput(Venue venue);
}
