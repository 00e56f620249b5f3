-- The change log's sequence numbers are handed out from one row, updated in the writer's transaction and so locked
-- until it commits: sequence numbers commit in their own order. A reader that has seen n has seen every number
-- below n, which AUTO_INCREMENT does not promise (two transactions may commit their numbers in the other order,
-- and a reader between the two commits would step over the lower one for good).
-- pruned_through: the highest sequence number removed by retention; a cursor below it has missed changes (410).
CREATE TABLE change_sequence (
    id             TINYINT NOT NULL,
    last_seq       BIGINT  NOT NULL,
    pruned_through BIGINT  NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

INSERT INTO change_sequence (id, last_seq, pruned_through) SELECT 1, COALESCE(MAX(seq), 0), 0 FROM change_log;

ALTER TABLE change_log MODIFY seq BIGINT NOT NULL;

CREATE INDEX ix_change_log_changed_at ON change_log (changed_at);
