package org.studytrip.common.web;

/**
 * The filter of a catalogue's list: its query parameters (fields marked {@code @RestQuery}), what they select and
 * what the list may be sorted by. The service pages what it selects.
 */
public abstract class CatalogueFilter extends ListParameters {

    /** What the parameters given select; those absent select everything. */
    public abstract Criteria criteria();

    /** What the list may be sorted by, and its order when the client asks for none. */
    public abstract Sorting sorting();
}
