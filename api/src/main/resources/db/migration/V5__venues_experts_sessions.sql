CREATE TABLE venue (
    id            BINARY(16)    NOT NULL,
    name_en       VARCHAR(200)  NOT NULL,
    name_zh       VARCHAR(200)  NULL,
    name_ko       VARCHAR(200)  NULL,
    address_local VARCHAR(500)  NULL,
    address_en    VARCHAR(500)  NULL,
    city_id       BINARY(16)    NULL,
    place_en      VARCHAR(200)  NULL,
    place_zh      VARCHAR(200)  NULL,
    place_ko      VARCHAR(200)  NULL,
    latitude      DECIMAL(8, 6) NULL,
    longitude     DECIMAL(9, 6) NULL,
    version       BIGINT        NOT NULL,
    created_at    DATETIME(6)   NOT NULL,
    updated_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_venue_name (name_en),
    CONSTRAINT fk_venue_city FOREIGN KEY (city_id) REFERENCES city (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE expert (
    id              BINARY(16)   NOT NULL,
    name_en         VARCHAR(200) NOT NULL,
    name_zh         VARCHAR(200) NULL,
    name_ko         VARCHAR(200) NULL,
    title_en        VARCHAR(200) NULL,
    title_zh        VARCHAR(200) NULL,
    title_ko        VARCHAR(200) NULL,
    organisation_id BINARY(16)   NULL,
    bio_en          TEXT         NULL,
    bio_zh          TEXT         NULL,
    bio_ko          TEXT         NULL,
    version         BIGINT       NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    updated_at      DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_expert_name (name_en),
    CONSTRAINT fk_expert_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE expert_topic (
    expert_id BINARY(16) NOT NULL,
    topic_id  BINARY(16) NOT NULL,
    PRIMARY KEY (expert_id, topic_id),
    KEY ix_expert_topic_topic (topic_id),
    CONSTRAINT fk_expert_topic_expert FOREIGN KEY (expert_id) REFERENCES expert (id),
    CONSTRAINT fk_expert_topic_topic FOREIGN KEY (topic_id) REFERENCES topic (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- Times are instants in UTC; the trip's zone turns them into local times and days.
CREATE TABLE trip_session (
    id                BINARY(16)   NOT NULL,
    trip_id           BINARY(16)   NOT NULL,
    title_en          VARCHAR(200) NOT NULL,
    title_zh          VARCHAR(200) NULL,
    title_ko          VARCHAR(200) NULL,
    description_en    TEXT         NULL,
    description_zh    TEXT         NULL,
    description_ko    TEXT         NULL,
    type              VARCHAR(16)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    starts_at         DATETIME(6)  NOT NULL,
    ends_at           DATETIME(6)  NOT NULL,
    venue_id          BINARY(16)   NULL,
    host_id           BINARY(16)   NULL,
    language          VARCHAR(16)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
    interpretation    VARCHAR(16)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
    status            VARCHAR(16)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    status_reason_en  VARCHAR(200) NULL,
    status_reason_zh  VARCHAR(200) NULL,
    status_reason_ko  VARCHAR(200) NULL,
    version           BIGINT       NOT NULL,
    created_at        DATETIME(6)  NOT NULL,
    updated_at        DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_trip_session_trip_starts (trip_id, starts_at),
    KEY ix_trip_session_venue (venue_id),
    KEY ix_trip_session_host (host_id),
    CONSTRAINT fk_trip_session_trip FOREIGN KEY (trip_id) REFERENCES trip (id),
    CONSTRAINT fk_trip_session_venue FOREIGN KEY (venue_id) REFERENCES venue (id),
    CONSTRAINT fk_trip_session_host FOREIGN KEY (host_id) REFERENCES organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE session_expert (
    session_id BINARY(16) NOT NULL,
    expert_id  BINARY(16) NOT NULL,
    PRIMARY KEY (session_id, expert_id),
    KEY ix_session_expert_expert (expert_id),
    CONSTRAINT fk_session_expert_session FOREIGN KEY (session_id) REFERENCES trip_session (id),
    CONSTRAINT fk_session_expert_expert FOREIGN KEY (expert_id) REFERENCES expert (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE session_topic (
    session_id BINARY(16) NOT NULL,
    topic_id   BINARY(16) NOT NULL,
    PRIMARY KEY (session_id, topic_id),
    KEY ix_session_topic_topic (topic_id),
    CONSTRAINT fk_session_topic_session FOREIGN KEY (session_id) REFERENCES trip_session (id),
    CONSTRAINT fk_session_topic_topic FOREIGN KEY (topic_id) REFERENCES topic (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
