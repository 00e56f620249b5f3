-- Consent per participant and purpose (PIPL, PIPA): append-only decisions, each under a version of the privacy
-- notice. They belong to the participation and go with it.
CREATE TABLE consent (
    id             BINARY(16)   NOT NULL,
    participant_id BINARY(16)   NOT NULL,
    purpose        VARCHAR(40)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    notice_version VARCHAR(32)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    decision       VARCHAR(16)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    version        BIGINT       NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    updated_at     DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY consent_participant (participant_id, created_at),
    CONSTRAINT fk_consent_participant FOREIGN KEY (participant_id) REFERENCES participant (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- Erasure anonymises a person and keeps the participations (programme statistics); this says when it happened.
ALTER TABLE person ADD COLUMN erased_at DATETIME(6) NULL;
