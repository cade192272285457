-- Issue 16: the forecast's risk events grow into the risk register (the R of RAID).
-- Every old row keeps its values; the new columns have defaults or are empty.
-- Only open and mitigating risks feed the forecast (program-forecast-input.ts).
ALTER TABLE program_risks
  ALTER COLUMN probability SET DEFAULT 0.5,
  ALTER COLUMN delay_hours SET DEFAULT 0,
  ADD COLUMN description text
    CONSTRAINT program_risks_description_length CHECK (char_length(description) <= 10000),
  ADD COLUMN owner_id uuid REFERENCES users (id) ON DELETE SET NULL,
  ADD COLUMN category text NOT NULL DEFAULT 'other'
    CONSTRAINT program_risks_category_known CHECK (category IN
      ('schedule', 'technical', 'resource', 'vendor', 'scope', 'budget', 'compliance', 'other')),
  ADD COLUMN status text NOT NULL DEFAULT 'open'
    CONSTRAINT program_risks_status_known CHECK (status IN ('open', 'mitigating', 'occurred', 'closed')),
  ADD COLUMN response text
    CONSTRAINT program_risks_response_known CHECK (response IN ('avoid', 'mitigate', 'transfer', 'accept')),
  ADD COLUMN mitigation text
    CONSTRAINT program_risks_mitigation_length CHECK (char_length(mitigation) <= 10000),
  ADD COLUMN mitigation_due_date date,
  ADD COLUMN contingency text
    CONSTRAINT program_risks_contingency_length CHECK (char_length(contingency) <= 10000),
  ADD COLUMN trigger_event text
    CONSTRAINT program_risks_trigger_length CHECK (char_length(trigger_event) <= 2000),
  ADD COLUMN proximity_date date,
  -- Three-point delay: optimistic <= delay_hours (the likely value) <= pessimistic; either may be absent.
  ADD COLUMN delay_optimistic_hours numeric(10, 2)
    CONSTRAINT program_risks_delay_optimistic_order CHECK (delay_optimistic_hours >= 0 AND delay_optimistic_hours <= delay_hours),
  ADD COLUMN delay_pessimistic_hours numeric(10, 2)
    CONSTRAINT program_risks_delay_pessimistic_order CHECK (delay_pessimistic_hours >= delay_hours),
  ADD COLUMN impact smallint NOT NULL DEFAULT 3
    CONSTRAINT program_risks_impact_range CHECK (impact BETWEEN 1 AND 5),
  ADD COLUMN review_date date,
  -- Set from the clock when the status moves to occurred / closed; cleared when reopened.
  ADD COLUMN occurred_at timestamptz,
  ADD COLUMN closed_at timestamptz;

CREATE INDEX program_risks_owner ON program_risks (owner_id);
CREATE INDEX program_risks_status ON program_risks (program_id, status);
