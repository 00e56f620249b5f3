CREATE TABLE organisation (
    id         BINARY(16)   NOT NULL,
    code       VARCHAR(64)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    name_en    VARCHAR(200) NOT NULL,
    name_zh    VARCHAR(200) NULL,
    name_ko    VARCHAR(200) NULL,
    type       VARCHAR(32)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    country    CHAR(2)      CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    city_id    BINARY(16)   NULL,
    website    VARCHAR(500) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
    version    BIGINT       NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    updated_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_organisation_code (code),
    KEY ix_organisation_type (type),
    KEY ix_organisation_country (country),
    CONSTRAINT fk_organisation_city FOREIGN KEY (city_id) REFERENCES city (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE trip (
    id                  BINARY(16)   NOT NULL,
    code                VARCHAR(64)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    title_en            VARCHAR(200) NOT NULL,
    title_zh            VARCHAR(200) NULL,
    title_ko            VARCHAR(200) NULL,
    summary_en          TEXT         NULL,
    summary_zh          TEXT         NULL,
    summary_ko          TEXT         NULL,
    host_country        CHAR(2)      CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
    time_zone           VARCHAR(64)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
    start_date          DATE         NULL,
    end_date            DATE         NULL,
    organiser_id        BINARY(16)   NOT NULL,
    status              VARCHAR(16)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    previous_edition_id BINARY(16)   NULL,
    policy_framework_en TEXT         NULL,
    policy_framework_zh TEXT         NULL,
    policy_framework_ko TEXT         NULL,
    version             BIGINT       NOT NULL,
    created_at          DATETIME(6)  NOT NULL,
    updated_at          DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_trip_code (code),
    KEY ix_trip_start_date (start_date),
    KEY ix_trip_status (status),
    CONSTRAINT fk_trip_organiser FOREIGN KEY (organiser_id) REFERENCES organisation (id),
    CONSTRAINT fk_trip_previous_edition FOREIGN KEY (previous_edition_id) REFERENCES trip (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- Pure associations: a row has no identity or version of its own; changing the set bumps the trip's version.
CREATE TABLE trip_topic (
    trip_id  BINARY(16) NOT NULL,
    topic_id BINARY(16) NOT NULL,
    PRIMARY KEY (trip_id, topic_id),
    KEY ix_trip_topic_topic (topic_id),
    CONSTRAINT fk_trip_topic_trip FOREIGN KEY (trip_id) REFERENCES trip (id),
    CONSTRAINT fk_trip_topic_topic FOREIGN KEY (topic_id) REFERENCES topic (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE trip_sending_organisation (
    trip_id         BINARY(16) NOT NULL,
    organisation_id BINARY(16) NOT NULL,
    PRIMARY KEY (trip_id, organisation_id),
    KEY ix_trip_sending_organisation_organisation (organisation_id),
    CONSTRAINT fk_trip_sending_trip FOREIGN KEY (trip_id) REFERENCES trip (id),
    CONSTRAINT fk_trip_sending_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
