package org.studytrip.person;

import java.util.UUID;

/**
 * Fired inside the transaction that erases a person's data, for features that keep copies of it (the name printed
 * on a certificate) to let them go in the same transaction.
 */
public record PersonErased(UUID personId) {
}
