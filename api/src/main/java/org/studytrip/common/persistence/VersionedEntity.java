package org.studytrip.common.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.annotations.UuidGenerator;

/** What every table has: a server-generated UUIDv7 id (BINARY(16)), an optimistic-lock version and UTC timestamps. */
@MappedSuperclass
public abstract class VersionedEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    @Column(columnDefinition = "binary(16)")
    public UUID id;

    @Version
    public long version;

    @CreationTimestamp
    @Column(updatable = false)
    public Instant createdAt;

    @UpdateTimestamp
    public Instant updatedAt;

    /**
     * Makes a managed collection hold what is wanted, changing it in place: Hibernate then sees it dirty, and bumps
     * the owner's version, only when it really changes (a save that changes nothing keeps the ETag). The entities'
     * setters of their collections use it, and the generated mappings call those setters.
     */
    protected static <R> void changeTo(Set<R> current, Set<R> wanted) {
        current.retainAll(wanted);
        current.addAll(wanted);
    }

    /** The trip this row belongs to, for the change feed; null for data shared by all trips. */
    public UUID tripId() {
        return null;
    }
}
