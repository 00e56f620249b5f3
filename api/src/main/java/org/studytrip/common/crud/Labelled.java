package org.studytrip.common.crud;

/** An entity without a code, named in messages by a label of its own (its English name or title). */
public interface Labelled {

    String label();
}
