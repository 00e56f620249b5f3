package org.studytrip.common.crud;

import org.studytrip.common.web.Page;

/**
 * A service that lists its records, narrowed by a filter read from the request's query.
 *
 * @param <F> the filter
 * @param <V> a record as listed
 */
public interface Listing<F, V> {

    Page<V> list(F filter);
}
