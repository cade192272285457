-- What a task costs, for the forecast's cost percentiles: a fixed amount plus a
-- rate per working hour of its (sampled) duration. Both are in whatever single
-- currency the organization plans in; NULL means "no cost of that kind".
ALTER TABLE tasks
  ADD COLUMN fixed_cost numeric
    CONSTRAINT tasks_fixed_cost_nonnegative CHECK (fixed_cost >= 0),
  ADD COLUMN cost_per_hour numeric
    CONSTRAINT tasks_cost_per_hour_nonnegative CHECK (cost_per_hour >= 0);

-- The rank correlation between task durations a forecast ran with (one-factor
-- Gaussian copula); 0 is independent, and 1 would make every duration the same
-- draw, which the copula cannot express.
ALTER TABLE forecasts
  ADD COLUMN rank_correlation double precision NOT NULL DEFAULT 0
    CONSTRAINT forecasts_rank_correlation_range CHECK (0 <= rank_correlation AND rank_correlation < 1);
