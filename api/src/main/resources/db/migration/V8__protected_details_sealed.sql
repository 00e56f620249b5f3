-- Protected details (passport number, date of birth, dietary and medical notes, emergency contact) are stored
-- sealed with AES-GCM in one column, as `v1:<key id>:<iv>:<ciphertext>`. At start-up the service seals what
-- the old plain columns still hold and empties them (ProtectedDetailsVault), so no row is lost on upgrade; a
-- later migration drops them.
ALTER TABLE person ADD COLUMN protected_details TEXT CHARACTER SET ascii COLLATE ascii_bin NULL;
