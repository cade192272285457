-- The decision log (issue 16): what was decided, from which options, by whom and
-- when. A decision belongs to a program, or (program_id NULL) to the portfolio.
CREATE TABLE decisions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  program_id uuid REFERENCES programs (id) ON DELETE CASCADE,
  title text NOT NULL CONSTRAINT decisions_title_length CHECK (char_length(title) BETWEEN 1 AND 300),
  context text CONSTRAINT decisions_context_length CHECK (char_length(context) <= 10000),
  decision text CONSTRAINT decisions_decision_length CHECK (char_length(decision) <= 10000),
  chosen_option integer CONSTRAINT decisions_chosen_option_range CHECK (chosen_option BETWEEN 0 AND 19),
  decided_by_id uuid REFERENCES users (id) ON DELETE SET NULL,
  decided_on date,
  status text NOT NULL DEFAULT 'proposed'
    CONSTRAINT decisions_status_known CHECK (status IN ('proposed', 'decided', 'superseded')),
  -- A decision that replaced this one; deleting that one is refused while this points at it.
  superseded_by_id uuid REFERENCES decisions (id),
  needed_by date,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT decisions_superseded_has_successor
    CHECK ((status = 'superseded') = (superseded_by_id IS NOT NULL)),
  CONSTRAINT decisions_not_superseded_by_itself CHECK (superseded_by_id <> id),
  CONSTRAINT decisions_decided_has_text
    CHECK (status <> 'decided' OR char_length(coalesce(decision, '')) > 0)
);
CREATE INDEX decisions_program ON decisions (program_id);
CREATE INDEX decisions_superseded_by ON decisions (superseded_by_id) WHERE superseded_by_id IS NOT NULL;

-- The options considered, in the order given; the cost in the program's major unit.
CREATE TABLE decision_options (
  decision_id uuid NOT NULL REFERENCES decisions (id) ON DELETE CASCADE,
  position integer NOT NULL CONSTRAINT decision_options_position_range CHECK (position BETWEEN 0 AND 19),
  name text NOT NULL CONSTRAINT decision_options_name_length CHECK (char_length(name) BETWEEN 1 AND 200),
  pros text CONSTRAINT decision_options_pros_length CHECK (char_length(pros) <= 4000),
  cons text CONSTRAINT decision_options_cons_length CHECK (char_length(cons) <= 4000),
  cost numeric(14, 2) CONSTRAINT decision_options_cost_nonnegative CHECK (cost >= 0),
  PRIMARY KEY (decision_id, position)
);

-- Links to the program's risks. Issues and change requests get tables of the same
-- shape (decision_id, <thing>_id, position) when they exist.
CREATE TABLE decision_risks (
  decision_id uuid NOT NULL REFERENCES decisions (id) ON DELETE CASCADE,
  risk_id uuid NOT NULL REFERENCES program_risks (id) ON DELETE CASCADE,
  position integer NOT NULL,
  PRIMARY KEY (decision_id, risk_id)
);
CREATE INDEX decision_risks_risk ON decision_risks (risk_id);
