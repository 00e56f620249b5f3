package org.studytrip.organisation;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;
import org.studytrip.common.crud.EntityMapping;
import org.studytrip.common.crud.MappingRules;

/** Between organisations and their input, generated; see {@link MappingRules}. */
@Mapper(config = MappingRules.class)
interface OrganisationMapping extends EntityMapping<Organisation, OrganisationInput> {

    @Override
    @Mapping(target = "city", source = "cityId")
    void apply(OrganisationInput input, @MappingTarget Organisation organisation);

    @Override
    @Mapping(target = "cityId", source = "city")
    OrganisationInput toInput(Organisation organisation);
}
