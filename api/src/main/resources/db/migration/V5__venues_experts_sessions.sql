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
