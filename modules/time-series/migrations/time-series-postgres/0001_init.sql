-- Time-series store on PostgreSQL: the embedded default when no Cassandra is configured.
CREATE TABLE IF NOT EXISTS ts_point (
  entity text NOT NULL,
  metric text NOT NULL,
  ts timestamptz NOT NULL,
  value double precision NOT NULL,
  dims jsonb
);
CREATE INDEX IF NOT EXISTS ts_point_series_idx ON ts_point (entity, metric, ts);
CREATE INDEX IF NOT EXISTS ts_point_ts_brin ON ts_point USING brin (ts);
CREATE TABLE IF NOT EXISTS ts_rollup (
  entity text NOT NULL,
  metric text NOT NULL,
  bucket text NOT NULL,
  ts timestamptz NOT NULL,
  sum double precision NOT NULL,
  count bigint NOT NULL,
  max double precision NOT NULL,
  PRIMARY KEY (entity, metric, bucket, ts)
);
CREATE TABLE IF NOT EXISTS ts_counter (
  entity text NOT NULL,
  name text NOT NULL,
  value bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (entity, name)
);
CREATE TABLE IF NOT EXISTS ts_feed_item (
  feed text NOT NULL,
  ts timestamptz NOT NULL,
  id text NOT NULL,
  data jsonb NOT NULL,
  PRIMARY KEY (feed, ts, id)
);
