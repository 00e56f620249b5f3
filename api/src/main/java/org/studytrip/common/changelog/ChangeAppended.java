package org.studytrip.common.changelog;

import java.util.UUID;

/**
 * Fired, synchronously and in the writer's transaction, for every change-log entry: what must happen exactly when a
 * change commits, and not otherwise (a webhook's outbox row), observes it.
 */
public record ChangeAppended(long sequence, String entityType, UUID entityId, UUID tripId, ChangeOperation operation) {
}
