-- Every read of a person's protected details by someone other than the person: who, when, which record, how.
CREATE TABLE personal_data_access (
    id          BINARY(16)   NOT NULL,
    person_id   BINARY(16)   NOT NULL,
    accessor    VARCHAR(200) NOT NULL,
    action      VARCHAR(32)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    accessed_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY personal_data_access_person (person_id, accessed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
