-- Written once for MySQL 8.4 and MariaDB 10.11+: utf8mb4 everywhere, people's text in utf8mb4_unicode_520_ci,
-- codes in utf8mb4_bin, ids as BINARY(16) UUIDv7, instants as DATETIME(6) in UTC, no JSON columns.
-- Long localized texts (up to 4000 characters, checked by the API) are TEXT, to stay under InnoDB's row limit.

CREATE TABLE change_log (
    seq            BIGINT       NOT NULL AUTO_INCREMENT,
    entity_type    VARCHAR(64)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    entity_id      BINARY(16)   NOT NULL,
    trip_id        BINARY(16)   NULL,
    operation      VARCHAR(16)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    entity_version BIGINT       NOT NULL,
    changed_at     DATETIME(6)  NOT NULL,
    PRIMARY KEY (seq),
    KEY ix_change_log_trip_seq (trip_id, seq),
    KEY ix_change_log_entity (entity_type, entity_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE city (
    id          BINARY(16)    NOT NULL,
    code        VARCHAR(64)   CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    name_en     VARCHAR(200)  NOT NULL,
    name_zh     VARCHAR(200)  NULL,
    name_ko     VARCHAR(200)  NULL,
    province_en VARCHAR(200)  NULL,
    province_zh VARCHAR(200)  NULL,
    province_ko VARCHAR(200)  NULL,
    level       VARCHAR(32)   CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    country     CHAR(2)       CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    time_zone   VARCHAR(64)   CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    latitude    DECIMAL(8, 6) NULL,
    longitude   DECIMAL(9, 6) NULL,
    version     BIGINT        NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    updated_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_city_code (code),
    KEY ix_city_province (province_en),
    KEY ix_city_level (level),
    KEY ix_city_country (country)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE topic (
    id             BINARY(16)    NOT NULL,
    code           VARCHAR(64)   CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    name_en        VARCHAR(200)  NOT NULL,
    name_zh        VARCHAR(200)  NULL,
    name_ko        VARCHAR(200)  NULL,
    description_en TEXT          NULL,
    description_zh TEXT          NULL,
    description_ko TEXT          NULL,
    version        BIGINT        NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    updated_at     DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_topic_code (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
