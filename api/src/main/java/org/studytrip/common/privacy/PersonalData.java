package org.studytrip.common.privacy;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks an operation (or every operation of a resource) whose response carries contact or protected personal data: never stored by any cache. */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface PersonalData {

    /** {@code false} on an operation of such a resource that serves none (a list of public profiles). */
    boolean value() default true;
}
