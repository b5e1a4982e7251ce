-- Named marks of background work (e.g. how far roll-ups are done), so a job resumes where it stopped.
CREATE TABLE IF NOT EXISTS ts_mark (
  name text PRIMARY KEY,
  at timestamptz NOT NULL
);
