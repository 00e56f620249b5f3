-- POST requests sent with an Idempotency-Key (IETF httpapi draft): one row per caller and key, reserved before the
-- request runs (status NULL) and completed with the answer to replay. The caller is kept as a SHA-256 of the token's
-- subject, which may be an e-mail address.
CREATE TABLE idempotency_key (
    caller_hash  BINARY(32)    NOT NULL,
    idem_key     VARCHAR(255)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    fingerprint  BINARY(32)    NOT NULL,
    status       SMALLINT      NULL,
    location     VARCHAR(2000) CHARACTER SET ascii COLLATE ascii_bin NULL,
    etag         VARCHAR(200)  CHARACTER SET ascii COLLATE ascii_bin NULL,
    body         MEDIUMTEXT    NULL,
    created_at   DATETIME(6)   NOT NULL,
    expires_at   DATETIME(6)   NOT NULL,
    PRIMARY KEY (caller_hash, idem_key),
    KEY ix_idempotency_key_expires (expires_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
