-- A recommendation's revision counts its changes (edits, approval, rejection, being
-- superseded): its ETag is "rev-<revision>", and an edit, approval or rejection sent
-- with If-Match for an older revision is refused, so one tab cannot overwrite or
-- approve what another tab changed unseen.
ALTER TABLE recommendations ADD COLUMN revision integer NOT NULL DEFAULT 1;
