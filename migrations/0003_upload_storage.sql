-- Upload bytes in chunks of at most 256 KiB, so no process ever holds a whole
-- file to store or read it. A blob row and its chunks are written in one
-- transaction; blobs.bytes stays empty for chunked blobs.
CREATE TABLE blob_chunks (
  blob_id uuid NOT NULL REFERENCES blobs(id) ON DELETE CASCADE,
  seq integer NOT NULL,
  bytes bytea NOT NULL,
  PRIMARY KEY (blob_id, seq)
);
-- Media is already compressed: skip TOAST's compression attempt.
ALTER TABLE blob_chunks ALTER COLUMN bytes SET STORAGE EXTERNAL;
