-- A client that retries POST /conversation/ after losing the response sends the
-- same Idempotency-Key: the turn is stored (and applied) once, and the retry gets
-- the original task back.
ALTER TABLE turns ADD COLUMN idempotency_key text;
ALTER TABLE turns ADD COLUMN task_id uuid;
CREATE UNIQUE INDEX turns_idempotency_idx ON turns (session_id, idempotency_key) WHERE idempotency_key IS NOT NULL;
