package org.studytrip.common.web;

/** An aggregate representation with the ETag computed from the rows it was built of. */
public record Tagged<T>(T body, String etag) {

    /**
     * A representation tagged by what it shows (a record's text: every component, nested ones included), for views
     * derived from rows that their versions alone do not describe (a share computed from marks).
     */
    public static <T extends Record> Tagged<T> ofContent(T body) {
        return new Tagged<>(body, new AggregateTag().add(body.toString()).value());
    }
}
