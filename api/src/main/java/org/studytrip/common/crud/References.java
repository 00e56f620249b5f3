package org.studytrip.common.crud;

import io.quarkus.hibernate.orm.panache.Panache;
import java.util.UUID;
import org.mapstruct.TargetType;
import org.studytrip.common.persistence.VersionedEntity;

/** Entities referred to by id in inputs, for the generated mappings. */
public final class References {

    private References() {
    }

    /** The entity with this id (null stays null); an unknown id is {@link UnknownReference}. */
    public static <T extends VersionedEntity> T reference(UUID id, @TargetType Class<T> type) {
        if (id == null) {
            return null;
        }
        T entity = Panache.getEntityManager().find(type, id);
        if (entity == null) {
            throw new UnknownReference(type, id);
        }
        return entity;
    }

    public static UUID id(VersionedEntity entity) {
        return entity == null ? null : entity.id;
    }

    /**
     * An input names an entity that does not exist. Thrown where the field is not known;
     * {@link CrudService} finds the field that holds the id and answers a 400 on it.
     */
    public static final class UnknownReference extends RuntimeException {

        final Class<?> type;
        final UUID id;

        UnknownReference(Class<?> type, UUID id) {
            super(null, null, false, false);
            this.type = type;
            this.id = id;
        }
    }
}
