-- Each certificate names the organisation that issued it, as its credential does: revocation is published in one
-- list per issuer, issued by that issuer, as verifiers of a status list expect. And a participation holds at most one
-- valid certificate, whatever two organisers click at the same moment: a generated column, set only while the
-- certificate is valid, carries the unique key.
ALTER TABLE certificate
    ADD COLUMN issuer_id BINARY(16) NULL AFTER participant_id,
    ADD COLUMN valid_participant_id BINARY(16) AS (IF(status = 'VALID', participant_id, NULL)) STORED,
    ADD UNIQUE KEY uq_certificate_valid_participant (valid_participant_id),
    ADD KEY ix_certificate_issuer_status (issuer_id, status);

UPDATE certificate c
    JOIN participant p ON p.id = c.participant_id
    JOIN trip t ON t.id = p.trip_id
SET c.issuer_id = t.organiser_id;
