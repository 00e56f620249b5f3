-- Work that one replica does for all (clean-ups): each kind has a row, which a replica claims when it is due by taking
-- its lock (FOR UPDATE SKIP LOCKED: the others pass it by) and moving due_at on; claimed_by says who did it last.
CREATE TABLE scheduled_work (
    name       VARCHAR(64)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    due_at     DATETIME(6)  NOT NULL,
    claimed_by VARCHAR(100) NULL,
    claimed_at DATETIME(6)  NULL,
    version    BIGINT       NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    updated_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

INSERT INTO scheduled_work (name, due_at, version, created_at, updated_at) VALUES
    ('change-log-pruning', UTC_TIMESTAMP(6), 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('idempotency-expiry', UTC_TIMESTAMP(6), 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6));
