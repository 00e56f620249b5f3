-- Attendance per session and participant, and the rule a certificate follows from.
--
-- A session may be mandatory: a certificate then needs it attended, whatever its type.
ALTER TABLE trip_session
    ADD COLUMN mandatory BOOLEAN NOT NULL DEFAULT FALSE AFTER status_reason_ko;

-- Each trip's certificate rule: attended (present or late) at least this share of its sessions of these types,
-- cancelled ones aside. Every trip has one; the default is the 2025 programme's.
ALTER TABLE trip
    ADD COLUMN certificate_minimum_share INT NOT NULL DEFAULT 80,
    ADD COLUMN certificate_session_types VARCHAR(200) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL
        DEFAULT 'lecture,dialogue,site-visit,workshop';

-- One mark per session and participant; the latest by the time it was made on the device wins, so marks queued on
-- two phones offline settle the same way whatever order they arrive in. Personal data of the contact tier.
-- Deleting a session with marks is refused by the service (409); a session deleted with its trip, and a
-- participation that goes, take their marks with them.
CREATE TABLE attendance (
    id             BINARY(16)   NOT NULL,
    session_id     BINARY(16)   NOT NULL,
    participant_id BINARY(16)   NOT NULL,
    status         VARCHAR(16)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    method         VARCHAR(16)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    marked_at      DATETIME(6)  NOT NULL,
    marked_by      VARCHAR(200) NOT NULL,
    version        BIGINT       NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    updated_at     DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_attendance_session_participant (session_id, participant_id),
    KEY ix_attendance_participant (participant_id),
    CONSTRAINT fk_attendance_session FOREIGN KEY (session_id) REFERENCES trip_session (id) ON DELETE CASCADE,
    CONSTRAINT fk_attendance_participant FOREIGN KEY (participant_id) REFERENCES participant (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- The code a session's check-in QR carries: made when an organiser first shows it, and only good while the
-- session's check-in is open.
CREATE TABLE check_in_code (
    session_id BINARY(16) NOT NULL,
    code       CHAR(22)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    created_at DATETIME(6) NOT NULL,
    PRIMARY KEY (session_id),
    CONSTRAINT fk_check_in_code_session FOREIGN KEY (session_id) REFERENCES trip_session (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
