-- An LLM re-make of a degraded (rules-fallback) proposal is stored as an
-- 'offered' recommendation linked to the one it improves: the user accepts it
-- or keeps the current one ('declined'); it never replaces a proposal silently.
ALTER TABLE recommendations DROP CONSTRAINT recommendations_status_check;
ALTER TABLE recommendations ADD CONSTRAINT recommendations_status_check
  CHECK (status IN ('proposed', 'approved', 'rejected', 'superseded', 'offered', 'declined'));
ALTER TABLE recommendations ADD COLUMN improves_id uuid REFERENCES recommendations(id) ON DELETE CASCADE;
-- At most one open offer per proposal (a re-delivered remake job cannot offer twice).
CREATE UNIQUE INDEX recommendations_open_offer_idx ON recommendations (improves_id) WHERE status = 'offered';
