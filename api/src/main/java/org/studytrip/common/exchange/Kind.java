package org.studytrip.common.exchange;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What kind of exchange an operation is, which decides the responses and headers the contract gives it
 * (the contract filter): every operation says it, none is guessed from its path.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Kind {

    OperationKind value();

    /** The operation lies below another record named in its path (a trip's sessions): 404 when that is unknown. */
    boolean belowParent() default false;

    enum OperationKind {
        /** One representation with its ETag; 304 on a matching If-None-Match; 404 for an unknown id. */
        READ,
        /** A page of representations with Link headers. */
        LIST,
        /** 201 with Location and ETag. */
        CREATE,
        /** PUT with If-Match. */
        REPLACE,
        /** JSON Merge Patch with If-Match; the body is the input's patch schema. */
        PATCH,
        /** DELETE with If-Match. */
        DELETE,
        /** A page of a change feed with its ETag; 304 when nothing changed; 410 for a cursor the log no longer holds. */
        FEED,
        /** A POST that acts on a record (send a delivery again): 202 with the record; it takes an Idempotency-Key. */
        ACTION,
        /**
         * A POST that records facts in one go (an organiser's attendance marks, a delegate's check-in): 200 with what
         * is recorded now; it takes an Idempotency-Key, so a phone may send a queued request again safely.
         */
        SUBMIT,
        /** A POST of a file of many records: 200 with a report of what it did, or would do on a dry run; it takes an Idempotency-Key. */
        IMPORT,
        /** Server-sent events, resumable with Last-Event-ID; 400 for an id no stream gave, 410 for an expired one. */
        STREAM
    }
}
