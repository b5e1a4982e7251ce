-- Writes a retry cannot double: points carry their identity (the id given, or their content), and
-- the ids of applied counter increments are kept (a week) in the transaction that applies them.
ALTER TABLE ts_point ADD COLUMN IF NOT EXISTS id text;
CREATE UNIQUE INDEX IF NOT EXISTS ts_point_identity_idx ON ts_point (entity, metric, id);
CREATE TABLE IF NOT EXISTS ts_counter_applied (
  entity text NOT NULL,
  name text NOT NULL,
  id text NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (entity, name, id)
);
CREATE INDEX IF NOT EXISTS ts_counter_applied_at_idx ON ts_counter_applied (applied_at);
