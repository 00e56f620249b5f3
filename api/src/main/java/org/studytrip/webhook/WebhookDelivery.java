package org.studytrip.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.UuidGenerator;
import org.hibernate.type.SqlTypes;

/**
 * One change to announce to one subscription: written in the change's transaction, then sent until the receiver
 * accepts it. Its id is the Standard Webhooks message id, the same on every attempt, for the receiver to skip repeats.
 */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery extends PanacheEntityBase {

    @Id
    @GeneratedValue
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    @Column(columnDefinition = "binary(16)")
    public UUID id;

    @Column(columnDefinition = "binary(16)")
    public UUID subscriptionId;

    @Column(name = "seq")
    public long sequence;

    public String eventType;

    @Column(columnDefinition = "binary(16)")
    public UUID entityId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    public DeliveryStatus status;

    public int attempts;

    public Instant nextAttemptAt;

    public Instant lastAttemptAt;

    public Integer lastStatusCode;

    public String lastError;

    public Instant deliveredAt;

    public Instant createdAt;
}
