-- Status reports (issue 17): a program's report drafted from live data and frozen when
-- published. `facts` is the ReportFacts of engine/reporting/report-facts-types.ts,
-- computed at draft (or refresh) time; a published report keeps it whatever the plan
-- does later, and the next draft compares against its `snapshot`.
CREATE TABLE status_reports (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  program_id uuid NOT NULL REFERENCES programs (id) ON DELETE CASCADE,
  status text NOT NULL DEFAULT 'draft'
    CONSTRAINT status_reports_status_known CHECK (status IN ('draft', 'published')),
  period_start date NOT NULL,
  period_end date NOT NULL,
  title text NOT NULL CONSTRAINT status_reports_title_length CHECK (char_length(title) BETWEEN 1 AND 300),
  summary text NOT NULL DEFAULT ''
    CONSTRAINT status_reports_summary_length CHECK (char_length(summary) <= 20000),
  asks text NOT NULL DEFAULT '' CONSTRAINT status_reports_asks_length CHECK (char_length(asks) <= 10000),
  health_override text
    CONSTRAINT status_reports_health_override_known CHECK (health_override IN ('green', 'amber', 'red')),
  health_override_reason text
    CONSTRAINT status_reports_health_override_reason_length CHECK (char_length(health_override_reason) <= 2000),
  facts jsonb NOT NULL,
  facts_computed_at timestamptz NOT NULL,
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  published_at timestamptz,
  published_by uuid REFERENCES users (id) ON DELETE SET NULL,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  search_document tsvector GENERATED ALWAYS AS (
    to_tsvector('simple', coalesce(title, '') || ' ' || coalesce(summary, '') || ' ' || coalesce(asks, ''))
  ) STORED,
  CONSTRAINT status_reports_period_order CHECK (period_end >= period_start),
  -- An override always says why; clearing it clears both.
  CONSTRAINT status_reports_override_has_reason
    CHECK ((health_override IS NULL) = (health_override_reason IS NULL)),
  CONSTRAINT status_reports_published_stamped
    CHECK ((status = 'published') = (published_at IS NOT NULL))
);
CREATE INDEX status_reports_program ON status_reports (program_id, period_end DESC, created_at DESC);
CREATE INDEX status_reports_created_by ON status_reports (created_by) WHERE created_by IS NOT NULL;
CREATE INDEX status_reports_published_by ON status_reports (published_by) WHERE published_by IS NOT NULL;
CREATE INDEX status_reports_search ON status_reports USING gin (search_document);

-- Where a program's reports are delivered: a Slack incoming webhook (a secret URL).
CREATE TABLE program_report_settings (
  program_id uuid PRIMARY KEY REFERENCES programs (id) ON DELETE CASCADE,
  slack_webhook_url text
    CONSTRAINT program_report_settings_slack_url_format
    CHECK (slack_webhook_url ~ '^https?://' AND char_length(slack_webhook_url) <= 2000),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
