package org.studytrip.common.crud;

/** An input whose records carry a unique code (cities, topics, trips): no write may take another record's. */
public interface Coded {

    String code();
}
