package org.studytrip.common.crud;

import org.mapstruct.CollectionMappingStrategy;
import org.mapstruct.MapperConfig;
import org.mapstruct.MappingConstants;
import org.mapstruct.Mapping;
import org.mapstruct.MappingInheritanceStrategy;
import org.mapstruct.MappingTarget;
import org.mapstruct.NullValueMappingStrategy;
import org.mapstruct.ReportingPolicy;
import org.studytrip.common.persistence.VersionedEntity;

/**
 * What every generated mapping follows: a target field that nothing maps is a compile error, in both directions
 * (an entity field no input sets, an input field that a merge patch would drop); references between entities are
 * ids in inputs ({@link References}); a list left out empties the collection; collections are set through the
 * entity's setter, which changes them in place (never cleared and refilled, which would bump the version of a record
 * that did not change); mappings are beans, which a feature's service receives by their types; what the server keeps (id, version, timestamps) is never written from input.
 */
@MapperConfig(componentModel = MappingConstants.ComponentModel.JAKARTA_CDI, unmappedTargetPolicy = ReportingPolicy.ERROR,
        uses = References.class,
        mappingInheritanceStrategy = MappingInheritanceStrategy.AUTO_INHERIT_FROM_CONFIG,
        nullValueIterableMappingStrategy = NullValueMappingStrategy.RETURN_DEFAULT,
        collectionMappingStrategy = CollectionMappingStrategy.TARGET_IMMUTABLE)
public interface MappingRules {

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "version", ignore = true)
    @Mapping(target = "createdAt", ignore = true)
    @Mapping(target = "updatedAt", ignore = true)
    void apply(Object input, @MappingTarget VersionedEntity entity);
}
