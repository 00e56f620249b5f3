-- Personal data (DESIGN.md, People): the public profile, contact and protected tiers of a person recorded once,
-- and a participant row per trip the person joins. Protected fields are plain text until authentication and
-- encryption at rest arrive; no test or seed puts real data here.
CREATE TABLE person (
    id                 BINARY(16)    NOT NULL,
    family_name        VARCHAR(100)  NOT NULL,
    given_name         VARCHAR(100)  NOT NULL,
    family_name_native VARCHAR(100)  NULL,
    given_name_native  VARCHAR(100)  NULL,
    languages          VARCHAR(400)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
    email              VARCHAR(254)  NULL,
    phone              VARCHAR(40)   NULL,
    passport_number    VARCHAR(40)   NULL,
    date_of_birth      DATE          NULL,
    dietary_notes      VARCHAR(1000) NULL,
    medical_notes      VARCHAR(1000) NULL,
    emergency_contact  VARCHAR(300)  NULL,
    version            BIGINT        NOT NULL,
    created_at         DATETIME(6)   NOT NULL,
    updated_at         DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_person_family_name (family_name, given_name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE participant (
    id              BINARY(16)   NOT NULL,
    trip_id         BINARY(16)   NOT NULL,
    person_id       BINARY(16)   NOT NULL,
    role            VARCHAR(32)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    position_en     VARCHAR(200) NULL,
    position_zh     VARCHAR(200) NULL,
    position_ko     VARCHAR(200) NULL,
    organisation_id BINARY(16)   NULL,
    version         BIGINT       NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    updated_at      DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_participant_trip_person (trip_id, person_id),
    KEY ix_participant_person (person_id),
    KEY ix_participant_organisation (organisation_id),
    CONSTRAINT fk_participant_trip FOREIGN KEY (trip_id) REFERENCES trip (id),
    CONSTRAINT fk_participant_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_participant_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
