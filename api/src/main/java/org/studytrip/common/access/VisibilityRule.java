package org.studytrip.common.access;

import java.util.function.Predicate;

/**
 * Produced by a feature whose records exist for some callers only (a draft trip and its sessions): whether the
 * caller may know of one. {@link Visibility} applies it wherever the record is met, read directly or embedded.
 *
 * @param <E> the entity
 */
public interface VisibilityRule<E> {

    Class<E> type();

    boolean visible(E entity);

    static <E> VisibilityRule<E> of(Class<E> type, Predicate<E> visible) {
        return new VisibilityRule<>() {
            @Override
            public Class<E> type() {
                return type;
            }

            @Override
            public boolean visible(E entity) {
                return visible.test(entity);
            }
        };
    }
}
