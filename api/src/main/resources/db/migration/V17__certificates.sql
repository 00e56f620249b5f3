-- Certificates of participation, and the keys their credentials are signed with.
--
-- A certificate keeps what it states as it was issued (the printed name, the minutes attended), so that it reads the
-- same later; its serial is unguessable (100 random bits), its status index its place in the published revocation
-- list (chosen at random, so neighbouring indexes say nothing about who holds them). A participation with a
-- certificate is not deleted (409): a certificate must stay verifiable. The credential is the signed JWT as issued.
CREATE TABLE certificate (
    id                 BINARY(16)   NOT NULL,
    serial             CHAR(20)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    participant_id     BINARY(16)   NOT NULL,
    holder_name_latin  VARCHAR(250) NOT NULL,
    holder_name_native VARCHAR(250) NULL,
    minutes_attended   INT          NOT NULL,
    issued_at          DATETIME(6)  NOT NULL,
    issued_by          VARCHAR(200) NOT NULL,
    status             VARCHAR(16)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    revoked_at         DATETIME(6)  NULL,
    revocation_reason  VARCHAR(500) NULL,
    status_index       INT          NOT NULL,
    credential         TEXT         CHARACTER SET ascii COLLATE ascii_bin NULL,
    version            BIGINT       NOT NULL,
    created_at         DATETIME(6)  NOT NULL,
    updated_at         DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_certificate_serial (serial),
    UNIQUE KEY uq_certificate_status_index (status_index),
    KEY ix_certificate_participant (participant_id),
    CONSTRAINT fk_certificate_participant FOREIGN KEY (participant_id) REFERENCES participant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- The service's keys for signing credentials (RSA, RS256): made once, shared by every replica, the private key
-- sealed with the personal-data key ring. The public keys are published, so credentials verify offline.
CREATE TABLE credential_signing_key (
    id          VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    private_key TEXT        CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    public_jwk  TEXT        CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
