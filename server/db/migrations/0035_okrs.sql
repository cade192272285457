-- Objectives and key results (issue 18, item 3).
--
-- An objective belongs to a fiscal quarter (`FY2027-Q1`, as the headcount plan counts
-- them) and is owned by the organization, a team or a person. Objectives cascade: a
-- child names its parent, whose period contains the child's (equal, as periods are
-- quarters); deleting a parent deletes its children. The service refuses cycles.
-- States: draft → committed → graded (read-only, its score frozen in `grade`).
CREATE TABLE objectives (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  period text NOT NULL CONSTRAINT objectives_period_valid CHECK (period ~ '^FY[0-9]{4}-Q[1-4]$'),
  title text NOT NULL CONSTRAINT objectives_title_length CHECK (char_length(title) BETWEEN 1 AND 300),
  description text CONSTRAINT objectives_description_length CHECK (char_length(description) <= 10000),
  owner_kind text NOT NULL CONSTRAINT objectives_owner_kind_valid
    CHECK (owner_kind IN ('organization', 'team', 'person')),
  owner_team_id uuid REFERENCES teams (id) ON DELETE CASCADE,
  owner_person_id uuid REFERENCES users (id) ON DELETE CASCADE,
  parent_id uuid REFERENCES objectives (id) ON DELETE CASCADE,
  state text NOT NULL DEFAULT 'draft' CONSTRAINT objectives_state_valid
    CHECK (state IN ('draft', 'committed', 'graded')),
  grade numeric(5, 4) CONSTRAINT objectives_grade_range CHECK (grade BETWEEN 0 AND 1),
  graded_at timestamptz,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  search_document tsvector GENERATED ALWAYS AS (
    to_tsvector('simple', coalesce(title, '') || ' ' || coalesce(description, ''))
  ) STORED,
  CONSTRAINT objectives_owner_matches_kind CHECK (
    (owner_kind = 'organization' AND owner_team_id IS NULL AND owner_person_id IS NULL)
    OR (owner_kind = 'team' AND owner_team_id IS NOT NULL AND owner_person_id IS NULL)
    OR (owner_kind = 'person' AND owner_person_id IS NOT NULL AND owner_team_id IS NULL)
  ),
  CONSTRAINT objectives_not_own_parent CHECK (parent_id <> id),
  CONSTRAINT objectives_graded_at CHECK ((state = 'graded') = (graded_at IS NOT NULL))
);
CREATE INDEX objectives_period ON objectives (period, owner_kind);
CREATE INDEX objectives_parent ON objectives (parent_id);
CREATE INDEX objectives_team ON objectives (owner_team_id);
CREATE INDEX objectives_person ON objectives (owner_person_id);
CREATE INDEX objectives_search ON objectives USING gin (search_document);

-- A key result is manual (its current value typed or checked in), bound to a KPI
-- (`kpi_id`, one of contracts/kpi.schema.ts KPI_IDS; read over the objective's period
-- and programs), or bound to milestones (the share of linked milestones achieved).
-- Bound values are computed on read and frozen into current_value at grading.
CREATE TABLE key_results (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  objective_id uuid NOT NULL REFERENCES objectives (id) ON DELETE CASCADE,
  title text NOT NULL CONSTRAINT key_results_title_length CHECK (char_length(title) BETWEEN 1 AND 300),
  start_value numeric NOT NULL DEFAULT 0,
  target_value numeric NOT NULL DEFAULT 1,
  current_value numeric,
  unit text CONSTRAINT key_results_unit_length CHECK (char_length(unit) <= 40),
  binding text NOT NULL DEFAULT 'manual' CONSTRAINT key_results_binding_valid
    CHECK (binding IN ('manual', 'kpi', 'milestones')),
  kpi_id text,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT key_results_kpi_bound CHECK ((binding = 'kpi') = (kpi_id IS NOT NULL))
);
CREATE INDEX key_results_objective ON key_results (objective_id, created_at);

CREATE TABLE key_result_milestones (
  key_result_id uuid NOT NULL REFERENCES key_results (id) ON DELETE CASCADE,
  milestone_id uuid NOT NULL REFERENCES milestones (id) ON DELETE CASCADE,
  PRIMARY KEY (key_result_id, milestone_id)
);
CREATE INDEX key_result_milestones_milestone ON key_result_milestones (milestone_id);

-- Confidence is an integer from 1 (unlikely) to 10 (certain), as OKR check-ins ask it.
CREATE TABLE key_result_check_ins (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  key_result_id uuid NOT NULL REFERENCES key_results (id) ON DELETE CASCADE,
  value numeric,
  confidence integer NOT NULL CONSTRAINT key_result_check_ins_confidence_range
    CHECK (confidence BETWEEN 1 AND 10),
  note text CONSTRAINT key_result_check_ins_note_length CHECK (char_length(note) <= 4000),
  author_id uuid REFERENCES users (id) ON DELETE SET NULL,
  checked_in_at timestamptz NOT NULL
);
CREATE INDEX key_result_check_ins_key_result ON key_result_check_ins (key_result_id, checked_in_at DESC);

-- Alignment: the programs that serve an objective.
CREATE TABLE objective_programs (
  objective_id uuid NOT NULL REFERENCES objectives (id) ON DELETE CASCADE,
  program_id uuid NOT NULL REFERENCES programs (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (objective_id, program_id)
);
CREATE INDEX objective_programs_program ON objective_programs (program_id);
