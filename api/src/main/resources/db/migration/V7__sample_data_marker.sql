-- Which optional data sets (sample programmes) were loaded, so that none is ever loaded twice, even after its
-- rows were edited or deleted. A bookkeeping table of the loader, not a resource: no id, version or updated_at.
CREATE TABLE sample_data (
    name      VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    loaded_at DATETIME(6) NOT NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
