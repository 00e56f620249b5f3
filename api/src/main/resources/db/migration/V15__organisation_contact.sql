-- An organisation's own office contact (not a person's): printed in the trip's booklet for the organiser, and
-- shown with the organisation. Public, like its website.
ALTER TABLE organisation
    ADD COLUMN email VARCHAR(254) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL AFTER website,
    ADD COLUMN phone VARCHAR(40) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL AFTER email;

