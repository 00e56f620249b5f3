-- Partner webhooks: subscriptions an organiser registers for a partner organisation, and the outbox of deliveries,
-- written in the transaction of the change they announce (so none is lost) and sent from there, retried, logged.
CREATE TABLE webhook_subscription (
    id                   BINARY(16)    NOT NULL,
    organisation_id      BINARY(16)    NOT NULL,
    url                  VARCHAR(2000) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    event_types          VARCHAR(1000) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    description          VARCHAR(500)  NULL,
    -- Encrypted like the protected tier of personal data: the service must read it back to sign.
    secret_sealed        VARCHAR(500)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    disabled_at          DATETIME(6)   NULL,
    disabled_reason      VARCHAR(200)  NULL,
    consecutive_failures INT           NOT NULL,
    version              BIGINT        NOT NULL,
    created_at           DATETIME(6)   NOT NULL,
    updated_at           DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_webhook_subscription_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE webhook_subscription_trip (
    subscription_id BINARY(16) NOT NULL,
    trip_id         BINARY(16) NOT NULL,
    PRIMARY KEY (subscription_id, trip_id),
    KEY ix_webhook_subscription_trip_trip (trip_id),
    CONSTRAINT fk_webhook_subscription_trip_subscription FOREIGN KEY (subscription_id) REFERENCES webhook_subscription (id),
    CONSTRAINT fk_webhook_subscription_trip_trip FOREIGN KEY (trip_id) REFERENCES trip (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE webhook_delivery (
    id               BINARY(16)   NOT NULL,
    subscription_id  BINARY(16)   NOT NULL,
    seq              BIGINT       NOT NULL,
    event_type       VARCHAR(64)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    entity_id        BINARY(16)   NOT NULL,
    status           VARCHAR(16)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    attempts         INT          NOT NULL,
    next_attempt_at  DATETIME(6)  NULL,
    last_attempt_at  DATETIME(6)  NULL,
    last_status_code INT          NULL,
    last_error       VARCHAR(200) NULL,
    delivered_at     DATETIME(6)  NULL,
    created_at       DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_webhook_delivery_due (status, next_attempt_at),
    KEY ix_webhook_delivery_subscription (subscription_id, created_at),
    CONSTRAINT fk_webhook_delivery_subscription FOREIGN KEY (subscription_id) REFERENCES webhook_subscription (id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
