package org.studytrip.common.crud;

import org.studytrip.common.web.Page;

/**
 * A service whose records belong to a trip (its sessions, its participants): listed and created below it.
 *
 * @param <I> the record accepted from clients
 * @param <V> the record returned
 * @param <F> the filter of the list
 */
public interface TripRecords<I, V, F> {

    Page<V> list(String tripId, F filter);

    V create(String tripId, I input);
}
