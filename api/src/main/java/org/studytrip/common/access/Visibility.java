package org.studytrip.common.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * The one rule for whether the caller may know of a record, whether it is read directly (a hidden record is 404,
 * exactly like an unknown id) or met as a reference inside another representation (a hidden reference is left out,
 * as if there were none). Every summary a representation embeds is made through {@link #embed}, so a reference can
 * show no more than reading the record itself would.
 */
@ApplicationScoped
public class Visibility {

    private final List<VisibilityRule<?>> rules;

    Visibility(@Any Instance<VisibilityRule<?>> rules) {
        this.rules = rules.stream().toList();
    }

    /** Whether the caller may know of {@code entity}; records without a rule are visible to all who may read them. */
    @SuppressWarnings("unchecked")
    public boolean visible(Object entity) {
        for (VisibilityRule<?> rule : rules) {
            // isInstance, not getClass(): a lazy reference is a subclass proxy, and asking for its class would load it.
            if (rule.type().isInstance(entity) && !((VisibilityRule<Object>) rule).visible(entity)) {
                return false;
            }
        }
        return true;
    }

    /** The summary of a referenced record, or null when there is none or the caller may not know of it. */
    public <E, S> S embed(E entity, Function<? super E, S> summary) {
        return entity == null || !visible(entity) ? null : summary.apply(entity);
    }

    /** The summaries of the referenced records the caller may know of, in order. */
    public <E, S> List<S> embedAll(Collection<? extends E> entities, Function<? super E, S> summary) {
        return entities.stream().filter(this::visible).<S>map(summary).toList();
    }
}
