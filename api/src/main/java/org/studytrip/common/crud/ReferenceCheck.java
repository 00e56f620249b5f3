package org.studytrip.common.crud;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.studytrip.common.persistence.VersionedEntity;
import org.studytrip.common.problem.Referrer;

/**
 * Produced by a feature whose entities refer to another feature's entities, so that deleting the referenced
 * one answers 409 naming what still refers to it, without the referenced feature knowing who refers to it.
 *
 * @param <T> the entity referred to
 */
public interface ReferenceCheck<T extends VersionedEntity> {

    /** How many referrers a 409 message names at most. */
    int NAMED = 20;

    Class<T> target();

    /** What refers to {@code entity}: records by name, or counts of them. */
    List<Referrer> referencesTo(T entity);

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

    /** A check that only reports. */
    static <T extends VersionedEntity> ReferenceCheck<T> of(Class<T> target, Function<T, List<Referrer>> references) {
        return new ReferenceCheck<>() {
            @Override
            public Class<T> target() {
                return target;
            }

            @Override
            public List<Referrer> referencesTo(T entity) {
                return references.apply(entity);
            }
        };
    }

    /** A check whose referring rows are deleted with the target on an explicit cascade. */
    static <T extends VersionedEntity> ReferenceCheck<T> cascading(Class<T> target,
            Function<T, List<Referrer>> references, Consumer<T> deleteReferences) {
        return new ReferenceCheck<>() {
            @Override
            public Class<T> target() {
                return target;
            }

            @Override
            public List<Referrer> referencesTo(T entity) {
                return references.apply(entity);
            }

            @Override
            public boolean cascades() {
                return true;
            }

            @Override
            public void deleteReferencesTo(T entity) {
                deleteReferences.accept(entity);
            }
        };
    }

    /** The first {@link #NAMED} referrers of a query, each named by its type, id and name. */
    static <R extends VersionedEntity> List<Referrer> named(PanacheQuery<R> referrers, Referrer.Type type,
            Function<R, String> name) {
        return referrers.page(0, NAMED).list().stream().map(referrer -> Referrer.named(type, referrer.id, name.apply(referrer)))
                .toList();
    }

    /** A count of referrers of a type, e.g. 3 sessions; nothing when there are none. */
    static List<Referrer> counted(long count, Referrer.Type type) {
        return count == 0 ? List.of() : List.of(Referrer.counted(type, count));
    }
}
