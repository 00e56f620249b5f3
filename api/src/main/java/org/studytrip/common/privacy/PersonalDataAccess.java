package org.studytrip.common.privacy;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One read of a person's protected details by someone else; only ever added (see {@link AccessLog}). */
@Entity
@Table(name = "personal_data_access")
public class PersonalDataAccess extends PanacheEntityBase {

    @Id
    @Column(columnDefinition = "binary(16)")
    public UUID id;

    @Column(name = "person_id", columnDefinition = "binary(16)", updatable = false)
    public UUID personId;

    @Column(updatable = false)
    public String accessor;

    @Column(updatable = false)
    public String action;

    @Column(updatable = false)
    public Instant accessedAt;
}
