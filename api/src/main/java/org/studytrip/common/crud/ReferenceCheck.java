package org.studytrip.common.crud;

import java.util.List;
import org.studytrip.common.persistence.VersionedEntity;

/**
 * Implemented by a feature whose entities refer to another feature's entities, so that deleting the referenced
 * one answers 409 naming what still refers to it, without the referenced feature knowing who refers to it.
 *
 * @param <T> the entity referred to
 */
public interface ReferenceCheck<T extends VersionedEntity> {

    Class<T> target();

    /** What refers to {@code entity}, each as people read it (e.g. {@code organisation 'shenzhen-government'}). */
    List<String> referencesTo(T entity);

    /**
     * Whether the referring rows belong to {@code entity} and go with it on an explicit cascading delete (a trip's
     * sessions and participants); shared data that merely points to it (an organiser, a topic) never does.
     */
    default boolean cascades() {
        return false;
    }

    /** Deletes the referring rows, each with its change-log entry; called only when {@link #cascades()} is true. */
    default void deleteReferencesTo(T entity) {
        throw new UnsupportedOperationException();
    }
}
