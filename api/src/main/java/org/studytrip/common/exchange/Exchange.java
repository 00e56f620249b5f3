package org.studytrip.common.exchange;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How the contract speaks of the records of an {@link ItemResource}: the operations are written once, their
 * wording here, once per resource.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface Exchange {

    /** One record, as people say it: {@code city}, {@code participation}. */
    String noun();

    /** Several records, for the list of a {@link CatalogueResource} or {@link TripRecordsResource}: {@code cities}. */
    String plural() default "";

    /** For a {@link TripRecordsResource}: the resource where each record then lives, and answers at its id. */
    Class<?> items() default Void.class;

    /** For a {@link TripRecordsResource}: what creating a record does and answers, as its description. */
    String creation() default "";

    /** What a delete also does or answers; by default a 409 naming what still refers to the record. */
    String onDelete() default "Answers 409 naming what still refers to the {noun}.";

    /**
     * For records that own others (a trip its sessions): what {@code cascade=true} on a delete also deletes. Empty
     * where nothing belongs to the record; the contract then has no such parameter.
     */
    String cascade() default "";
}
