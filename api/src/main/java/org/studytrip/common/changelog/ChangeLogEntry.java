package org.studytrip.common.changelog;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One row per write, appended in the writer's transaction. The sequence number is the cursor that phones,
 * live updates, webhooks and other replicas follow. Append-only, so it has no version or updated_at of its own.
 */
@Entity
@Table(name = "change_log")
public class ChangeLogEntry extends PanacheEntityBase {

    /** Handed out by {@link ChangeLog} in commit order, never by the database's AUTO_INCREMENT. */
    @Id
    public long seq;

    public String entityType;

    @Column(columnDefinition = "binary(16)")
    public UUID entityId;

    @Column(columnDefinition = "binary(16)")
    public UUID tripId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    public ChangeOperation operation;

    public long entityVersion;

    public Instant changedAt;
}
