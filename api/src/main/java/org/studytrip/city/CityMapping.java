package org.studytrip.city;

import org.mapstruct.Mapper;
import org.studytrip.common.crud.EntityMapping;
import org.studytrip.common.crud.MappingRules;

/** Between cities and their input, generated; see {@link MappingRules}. */
@Mapper(config = MappingRules.class)
interface CityMapping extends EntityMapping<City, CityInput> {
}
