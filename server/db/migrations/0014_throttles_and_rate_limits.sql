-- Sign-in throttle and API rate limits live in the database, so every Waymark
-- instance on it shares one count and no flood of other keys can push a live
-- lockout out (rows leave only once they have expired).

-- One row per throttled key ('e:<e-mail>' or 'a:<address>'): the times of its
-- recent failed sign-ins, in milliseconds since the epoch on the server clock.
-- expires_at_ms is when the newest failure leaves the window; the row is dead after it.
CREATE TABLE sign_in_failures (
  key text PRIMARY KEY,
  failed_at_ms bigint[] NOT NULL,
  expires_at_ms bigint NOT NULL
);
CREATE INDEX sign_in_failures_expiry ON sign_in_failures (expires_at_ms);

-- One row per rate-limit key and fixed window. UNLOGGED: written on every API
-- request, and losing the counts in a crash only resets the current windows.
CREATE UNLOGGED TABLE rate_limit_hits (
  key text PRIMARY KEY,
  hits integer NOT NULL,
  resets_at_ms bigint NOT NULL
);
CREATE INDEX rate_limit_hits_expiry ON rate_limit_hits (resets_at_ms);
