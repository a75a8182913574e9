-- A recommendation's revision counts its changes (edits, approval, rejection, being
-- superseded): its ETag is "rev-<revision>", and an edit, approval or rejection sent
-- with If-Match for an older revision is refused, so one tab cannot overwrite or
-- approve what another tab changed unseen. A trigger bumps it on every update, so no
-- UPDATE statement can forget to.
ALTER TABLE recommendations ADD COLUMN revision integer NOT NULL DEFAULT 1;

CREATE FUNCTION recommendations_next_revision() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.revision := OLD.revision + 1;
  RETURN NEW;
END
$$;

CREATE TRIGGER recommendations_revision BEFORE UPDATE ON recommendations
  FOR EACH ROW EXECUTE FUNCTION recommendations_next_revision();
