-- Delegates' evaluations: a rating from 1 to 5 and a comment in their language, of a session or of the whole trip
-- (then session_id is empty; subject_id is the session's or the trip's id, so each delegate has one evaluation of
-- each). Who wrote a comment is shown only when the delegate chose to sign it. An evaluation goes with its session
-- and with its participation.
CREATE TABLE evaluation (
    id               BINARY(16)  NOT NULL,
    participant_id   BINARY(16)  NOT NULL,
    session_id       BINARY(16)  NULL,
    subject_id       BINARY(16)  NOT NULL,
    rating           INT         NOT NULL CHECK (rating BETWEEN 1 AND 5),
    comment          TEXT        NULL,
    comment_language VARCHAR(16) CHARACTER SET ascii COLLATE ascii_bin NULL,
    signed           BOOLEAN     NOT NULL,
    version          BIGINT      NOT NULL,
    created_at       DATETIME(6) NOT NULL,
    updated_at       DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_evaluation_participant_subject (participant_id, subject_id),
    KEY ix_evaluation_subject (subject_id),
    CONSTRAINT fk_evaluation_participant FOREIGN KEY (participant_id) REFERENCES participant (id) ON DELETE CASCADE,
    CONSTRAINT fk_evaluation_session FOREIGN KEY (session_id) REFERENCES trip_session (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
