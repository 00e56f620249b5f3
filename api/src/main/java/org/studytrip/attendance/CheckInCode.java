package org.studytrip.attendance;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The secret a session's check-in QR code carries: made once per session, accepted only while check-in is open. */
@Entity
@Table(name = "check_in_code")
public class CheckInCode extends PanacheEntityBase {

    @Id
    @Column(columnDefinition = "binary(16)")
    public UUID sessionId;

    public String code;

    public Instant createdAt;
}
