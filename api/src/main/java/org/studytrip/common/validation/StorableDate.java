package org.studytrip.common.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A date or date-time that DATE and DATETIME columns can hold and calendars can shift: years 1000 to 9999. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {StorableDate.ForDate.class, StorableDate.ForDateTime.class})
public @interface StorableDate {

    int MIN_YEAR = 1000;
    int MAX_YEAR = 9999;

    String message() default "must lie between the years 1000 and 9999";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The check itself, for values that do not pass through Bean Validation (query parameters). */
    final class Years {
        private Years() {
        }

        public static boolean storable(int year) {
            return year >= MIN_YEAR && year <= MAX_YEAR;
        }
    }

    class ForDate implements ConstraintValidator<StorableDate, LocalDate> {
        @Override
        public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
            return value == null || Years.storable(value.getYear());
        }
    }

    class ForDateTime implements ConstraintValidator<StorableDate, OffsetDateTime> {
        @Override
        public boolean isValid(OffsetDateTime value, ConstraintValidatorContext context) {
            // One day of margin on each side, so that converting to any zone stays within the range.
            return value == null || Years.storable(value.minusDays(1).getYear()) && Years.storable(value.plusDays(1).getYear());
        }
    }
}
