-- The TPM team: profiles, the career ladder, assessments, time off, allocations
-- and the headcount plan. Ladder defaults follow the job families and grades of
-- the organization (grades 5–11); their wording is Waymark's own.

-- Job families a person's career runs in.
CREATE TABLE career_tracks (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  key text NOT NULL CONSTRAINT career_tracks_key_unique UNIQUE
    CONSTRAINT career_tracks_key_format CHECK (key ~ '^[a-z][a-z0-9_]{1,39}$'),
  name text NOT NULL CONSTRAINT career_tracks_name_length CHECK (char_length(name) BETWEEN 1 AND 120),
  description text NOT NULL DEFAULT '',
  sort_order integer NOT NULL DEFAULT 0,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- Levels with their job grade, on the individual-contributor or the manager path.
CREATE TABLE career_levels (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  key text NOT NULL CONSTRAINT career_levels_key_unique UNIQUE
    CONSTRAINT career_levels_key_format CHECK (key ~ '^[a-z][a-z0-9_]{1,39}$'),
  name text NOT NULL CONSTRAINT career_levels_name_length CHECK (char_length(name) BETWEEN 1 AND 120),
  path text NOT NULL CONSTRAINT career_levels_path_valid CHECK (path IN ('individual', 'manager')),
  grade smallint NOT NULL CONSTRAINT career_levels_grade_range CHECK (grade BETWEEN 1 AND 20),
  summary text NOT NULL DEFAULT '',
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT career_levels_path_grade_unique UNIQUE (path, grade)
);

CREATE TABLE competencies (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL CONSTRAINT competencies_name_length CHECK (char_length(name) BETWEEN 1 AND 120),
  description text NOT NULL DEFAULT '',
  sort_order integer NOT NULL DEFAULT 0,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT competencies_name_unique UNIQUE (name)
);

-- What a competency looks like at a level.
CREATE TABLE competency_expectations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  competency_id uuid NOT NULL REFERENCES competencies (id) ON DELETE CASCADE,
  level_id uuid NOT NULL REFERENCES career_levels (id) ON DELETE CASCADE,
  expectation text NOT NULL CONSTRAINT competency_expectations_text_length CHECK (char_length(expectation) BETWEEN 1 AND 2000),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT competency_expectations_unique UNIQUE (competency_id, level_id)
);

ALTER TABLE users
  ADD COLUMN track_id uuid REFERENCES career_tracks (id) ON DELETE SET NULL,
  ADD COLUMN level_id uuid REFERENCES career_levels (id) ON DELETE SET NULL,
  ADD COLUMN manager_id uuid REFERENCES users (id) ON DELETE SET NULL,
  ADD COLUMN location text NOT NULL DEFAULT '',
  -- Flexible hours: the person also works outside their stated hours (shown, not computed).
  ADD COLUMN flexible_hours boolean NOT NULL DEFAULT false,
  ADD CONSTRAINT users_manager_not_self CHECK (manager_id IS NULL OR manager_id <> id);
CREATE INDEX users_manager ON users (manager_id);

-- Skills (what a person can do) and domains (what they know), 1 = learning … 5 = expert.
CREATE TABLE person_skills (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  kind text NOT NULL CONSTRAINT person_skills_kind_valid CHECK (kind IN ('skill', 'domain')),
  name text NOT NULL CONSTRAINT person_skills_name_length CHECK (char_length(name) BETWEEN 1 AND 80),
  proficiency smallint NOT NULL CONSTRAINT person_skills_proficiency_range CHECK (proficiency BETWEEN 1 AND 5)
);
CREATE UNIQUE INDEX person_skills_unique ON person_skills (user_id, kind, lower(name));
CREATE INDEX person_skills_name ON person_skills (lower(name));

-- Whole days a person is away, in their local dates.
CREATE TABLE time_off (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  from_date date NOT NULL,
  to_date date NOT NULL,
  kind text NOT NULL DEFAULT 'vacation'
    CONSTRAINT time_off_kind_valid CHECK (kind IN ('vacation', 'sick', 'training', 'parental', 'other')),
  note text NOT NULL DEFAULT '',
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT time_off_dates_order CHECK (to_date >= from_date)
);
CREATE INDEX time_off_user ON time_off (user_id, from_date);

-- Self and manager assessments of a person against a competency at a level
-- (their current one or the next); one of each kind per person, competency and level.
CREATE TABLE competency_assessments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  competency_id uuid NOT NULL REFERENCES competencies (id) ON DELETE CASCADE,
  level_id uuid NOT NULL REFERENCES career_levels (id) ON DELETE CASCADE,
  kind text NOT NULL CONSTRAINT competency_assessments_kind_valid CHECK (kind IN ('self', 'manager')),
  -- 1 = not yet, 2 = partly, 3 = meets, 4 = exceeds.
  rating smallint NOT NULL CONSTRAINT competency_assessments_rating_range CHECK (rating BETWEEN 1 AND 4),
  evidence_urls text[] NOT NULL DEFAULT '{}',
  note text NOT NULL DEFAULT '',
  assessed_by uuid REFERENCES users (id) ON DELETE SET NULL,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT competency_assessments_unique UNIQUE (user_id, competency_id, level_id, kind)
);

-- A person's planned time on a program, or on run work (no program) from a date
-- to a date (open-ended when to_date is null), as percent or hours per week.
CREATE TABLE allocations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  program_id uuid REFERENCES programs (id) ON DELETE CASCADE,
  run_work text NOT NULL DEFAULT '',
  percent numeric(5, 2) CONSTRAINT allocations_percent_range CHECK (percent > 0 AND percent <= 200),
  hours_per_week numeric(5, 2) CONSTRAINT allocations_hours_range CHECK (hours_per_week > 0 AND hours_per_week <= 100),
  from_date date NOT NULL,
  to_date date,
  note text NOT NULL DEFAULT '',
  -- Saved although it over-allocated the person: someone confirmed it (see the audit row).
  over_allocation_confirmed boolean NOT NULL DEFAULT false,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT allocations_one_measure CHECK ((percent IS NULL) <> (hours_per_week IS NULL)),
  CONSTRAINT allocations_dates_order CHECK (to_date IS NULL OR to_date >= from_date),
  CONSTRAINT allocations_run_work_named CHECK (program_id IS NOT NULL OR char_length(run_work) BETWEEN 1 AND 120)
);
CREATE INDEX allocations_user ON allocations (user_id, from_date);
CREATE INDEX allocations_program ON allocations (program_id);

-- Roles the organization plans to hire or has open, per fiscal quarter ('FY2027-Q3').
CREATE TABLE headcount_roles (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  title text NOT NULL CONSTRAINT headcount_roles_title_length CHECK (char_length(title) BETWEEN 1 AND 200),
  quarter text NOT NULL CONSTRAINT headcount_roles_quarter_format CHECK (quarter ~ '^FY[0-9]{4}-Q[1-4]$'),
  track_id uuid REFERENCES career_tracks (id) ON DELETE SET NULL,
  level_id uuid REFERENCES career_levels (id) ON DELETE SET NULL,
  team_id uuid REFERENCES teams (id) ON DELETE SET NULL,
  status text NOT NULL DEFAULT 'planned' CONSTRAINT headcount_roles_status_valid CHECK (status IN ('planned', 'open', 'filled')),
  filled_by uuid REFERENCES users (id) ON DELETE SET NULL,
  note text NOT NULL DEFAULT '',
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX headcount_roles_quarter ON headcount_roles (quarter);

-- Demand for TPM time per fiscal quarter, in full-time equivalents: a program's
-- staffing need, or accepted intake work not yet a program.
CREATE TABLE staffing_needs (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  quarter text NOT NULL CONSTRAINT staffing_needs_quarter_format CHECK (quarter ~ '^FY[0-9]{4}-Q[1-4]$'),
  source text NOT NULL CONSTRAINT staffing_needs_source_valid CHECK (source IN ('program', 'intake')),
  program_id uuid REFERENCES programs (id) ON DELETE CASCADE,
  description text NOT NULL DEFAULT '',
  fte numeric(6, 2) NOT NULL CONSTRAINT staffing_needs_fte_range CHECK (fte > 0 AND fte <= 1000),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT staffing_needs_program_source CHECK ((source = 'program') = (program_id IS NOT NULL))
);
CREATE INDEX staffing_needs_quarter ON staffing_needs (quarter);

-- Default ladder. Expectations are one sentence per competency, shaped by the
-- scope each level works at.
INSERT INTO career_tracks (key, name, description, sort_order) VALUES
  ('product_tpm', 'Product TPM', 'Programs that cross product divisions: product, design, engineering and go-to-market.', 1),
  ('engineering_tpm', 'Engineering TPM', 'Engineering-wide programs: platforms, reliability, releases and technical strategy.', 2),
  ('it_pmo', 'IT program management', 'Company systems, business processes and IT infrastructure programs.', 3);

INSERT INTO career_levels (key, name, path, grade, summary) VALUES
  ('associate', 'Associate', 'individual', 5, 'Runs well-defined pieces of a program with a more senior TPM close by.'),
  ('intermediate', 'Program manager', 'individual', 6, 'Runs a workstream end to end without day-to-day guidance.'),
  ('senior', 'Senior', 'individual', 7, 'Runs a cross-team program and is trusted with its trade-offs.'),
  ('staff', 'Staff', 'individual', 8, 'Runs several linked programs and shapes how the team plans.'),
  ('principal', 'Principal', 'individual', 9, 'Takes the riskiest, most ambiguous programs of a division and sets practice for others.'),
  ('manager', 'Manager', 'manager', 8, 'Leads a team of TPMs and the programs they run.'),
  ('senior_manager', 'Senior manager', 'manager', 9, 'Leads managers or a large team across several program areas.'),
  ('director', 'Director', 'manager', 10, 'Owns the program portfolio and the TPM organization of a division.'),
  ('senior_director', 'Senior director', 'manager', 11, 'Owns program management for the company and how it grows.');

INSERT INTO competencies (name, description, sort_order) VALUES
  ('Planning and delivery', 'Turning goals into plans with dates people believe, and landing them.', 1),
  ('Cross-team alignment', 'Getting teams that do not report to you to move together.', 2),
  ('Technical judgement', 'Understanding the systems well enough to see what is hard and what is risky.', 3),
  ('Risk and dependencies', 'Finding what can go wrong early and keeping the plan honest about it.', 4),
  ('Communication', 'Telling each audience what it needs, at the right level and time.', 5),
  ('Leadership and growth', 'Making the people and the practice around you better.', 6);

WITH scope (key, scope) AS (VALUES
  ('associate', 'tasks and small workstreams, with a senior TPM reviewing their plans'),
  ('intermediate', 'a workstream of their own, with help only at real forks'),
  ('senior', 'a program spanning several teams'),
  ('staff', 'several programs that depend on each other'),
  ('principal', 'the most ambiguous programs of a division, setting methods other TPMs reuse'),
  ('manager', 'their team''s programs and the people running them'),
  ('senior_manager', 'the programs of several teams, through their managers'),
  ('director', 'a division''s whole portfolio and its TPM organization'),
  ('senior_director', 'the company''s portfolio and the TPM function as a whole')),
template (name, sentence) AS (VALUES
  ('Planning and delivery', 'Keeps plans realistic and lands the committed dates, re-planning early and in the open. Scope: %s.'),
  ('Cross-team alignment', 'Brings the teams involved to shared goals and decisions and settles conflicts before escalating. Scope: %s.'),
  ('Technical judgement', 'Knows the architecture well enough to challenge estimates and spot technical risk. Scope: %s.'),
  ('Risk and dependencies', 'Keeps risks and dependencies recorded with owners and acts before they become issues. Scope: %s.'),
  ('Communication', 'Reports status that is accurate, short and pitched at its readers, bad news included. Scope: %s.'),
  ('Leadership and growth', 'Mentors others, improves how the team works and shares what was learned. Scope: %s.'))
INSERT INTO competency_expectations (competency_id, level_id, expectation)
SELECT c.id, l.id, format(t.sentence, s.scope)
  FROM template t
  JOIN competencies c ON c.name = t.name
  CROSS JOIN scope s
  JOIN career_levels l ON l.key = s.key;
