-- Personal calendar feeds: a participant's calendar app polls a secret URL without a bearer token. Only the SHA-256
-- of the URL's secret is kept, so the table does not hand out working URLs; revoking deletes the row, and the URL
-- then answers 404. A participation that goes takes its subscriptions with it.
CREATE TABLE calendar_subscription (
    id             BINARY(16)  NOT NULL,
    participant_id BINARY(16)  NOT NULL,
    secret_hash    BINARY(32)  NOT NULL,
    version        BIGINT      NOT NULL,
    created_at     DATETIME(6) NOT NULL,
    updated_at     DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_calendar_subscription_secret (secret_hash),
    KEY ix_calendar_subscription_participant (participant_id),
    CONSTRAINT fk_calendar_subscription_participant FOREIGN KEY (participant_id) REFERENCES participant (id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
