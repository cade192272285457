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

-- The expectation of every competency at every level, in this project's own words.
WITH expectation (key, name, text) AS (VALUES
  ('associate', 'Planning and delivery', 'Breaks an assigned piece of work into tasks with honest estimates, keeps its dates current and says early when one will slip.'),
  ('intermediate', 'Planning and delivery', 'Builds and runs the plan of a workstream: milestones with success criteria, a critical path they can explain, and re-plans without being asked.'),
  ('senior', 'Planning and delivery', 'Plans a program across several teams from goal to launch, sets dates the teams believe, and lands them or resets them in the open.'),
  ('staff', 'Planning and delivery', 'Sequences several dependent programs so that their dates hold together, and decides what gives when they do not.'),
  ('principal', 'Planning and delivery', 'Turns a vague, high-stakes goal into a plan people can execute, and sets the planning methods other TPMs follow.'),
  ('manager', 'Planning and delivery', 'Makes sure every program of the team has a credible plan and a named owner, and steps in when one stops being credible.'),
  ('senior_manager', 'Planning and delivery', 'Balances the plans of several teams against shared capacity and deadlines, through their managers.'),
  ('director', 'Planning and delivery', 'Decides which programs the division runs, in what order and with what staffing, and answers for the portfolio landing.'),
  ('senior_director', 'Planning and delivery', 'Sets how the company plans and commits to dates, and holds the organization to those commitments.'),
  ('associate', 'Cross-team alignment', 'Knows who owns what in their area and gets the answers the plan needs from the people who have them.'),
  ('intermediate', 'Cross-team alignment', 'Runs the workstream meetings that matter, gets decisions written down and followed up.'),
  ('senior', 'Cross-team alignment', 'Gets teams with different priorities to agree on goals, scope and order of work, and resolves most conflicts without escalating.'),
  ('staff', 'Cross-team alignment', 'Aligns leaders of several organizations on a shared roadmap and keeps them aligned as it changes.'),
  ('principal', 'Cross-team alignment', 'Brokers agreement on the hardest trade-offs of a division, where no single leader owns the answer.'),
  ('manager', 'Cross-team alignment', 'Builds working relationships between their TPMs and the engineering and product leads they depend on.'),
  ('senior_manager', 'Cross-team alignment', 'Aligns the priorities of several teams with their peer leaders, and settles what their managers cannot.'),
  ('director', 'Cross-team alignment', 'Represents the portfolio to the divisions leadership and gets commitment to its priorities.'),
  ('senior_director', 'Cross-team alignment', 'Makes cross-division commitments with other executives and keeps the companys programs pulling one way.'),
  ('associate', 'Technical judgement', 'Understands the systems their tasks touch well enough to ask the right questions and notice when an answer does not add up.'),
  ('intermediate', 'Technical judgement', 'Reads designs in their workstream, challenges estimates with reasons, and knows which technical choices constrain the schedule.'),
  ('senior', 'Technical judgement', 'Understands the architecture of the program well enough to weigh options with engineers and see technical risk before it lands.'),
  ('staff', 'Technical judgement', 'Spots where several programs meet in the same systems and steers the technical sequencing across them.'),
  ('principal', 'Technical judgement', 'Is sought out by senior engineers to frame technically ambiguous problems and the order in which to solve them.'),
  ('manager', 'Technical judgement', 'Hires and coaches TPMs for technical depth, and judges when a program needs more of it.'),
  ('senior_manager', 'Technical judgement', 'Knows the technical landscape of their area well enough to place the right TPMs on the right programs.'),
  ('director', 'Technical judgement', 'Judges the technical risk of the whole portfolio and whether the division can take on more.'),
  ('senior_director', 'Technical judgement', 'Keeps the TPM function technically credible with engineering leadership across the company.'),
  ('associate', 'Risk and dependencies', 'Records the risks and dependencies they come across, with an owner and a date, and raises them quickly.'),
  ('intermediate', 'Risk and dependencies', 'Keeps the workstreams risk and dependency log current and acts on the items before they turn into issues.'),
  ('senior', 'Risk and dependencies', 'Finds the programs critical dependencies on other teams early, negotiates them into those teams plans and quantifies the risk on the dates.'),
  ('staff', 'Risk and dependencies', 'Manages dependencies between programs and makes the shared risks visible to the leaders who can act on them.'),
  ('principal', 'Risk and dependencies', 'Foresees systemic risks across a division and changes how programs are shaped to avoid them.'),
  ('manager', 'Risk and dependencies', 'Reviews the risk logs of the teams programs and makes sure the big risks reach the people who can act.'),
  ('senior_manager', 'Risk and dependencies', 'Weighs risk across several teams portfolios and moves people or scope to contain it.'),
  ('director', 'Risk and dependencies', 'Owns the divisions program risk picture and decides which risks to accept, mitigate or avoid.'),
  ('senior_director', 'Risk and dependencies', 'Sets the companys appetite for delivery risk and the practices that keep it in check.'),
  ('associate', 'Communication', 'Writes clear, accurate updates on their work and asks for help in time.'),
  ('intermediate', 'Communication', 'Publishes a regular, accurate workstream status with what changed and what is needed, bad news included.'),
  ('senior', 'Communication', 'Tells each audience of the program, from engineers to executives, what it needs to know, briefly and without spin.'),
  ('staff', 'Communication', 'Writes the narratives that explain how several programs fit together and why their order matters.'),
  ('principal', 'Communication', 'Shapes how the division talks about its hardest programs, and is trusted with difficult messages at the top.'),
  ('manager', 'Communication', 'Keeps the team informed about priorities and context, and gives direct, useful feedback.'),
  ('senior_manager', 'Communication', 'Communicates the state of several teams portfolios to leadership, with the decisions needed.'),
  ('director', 'Communication', 'Presents the divisions portfolio, its health and its trade-offs to executives and answers for it.'),
  ('senior_director', 'Communication', 'Speaks for program management across the company and explains its value in business terms.'),
  ('associate', 'Leadership and growth', 'Learns from feedback quickly and shares what they learn with their peers.'),
  ('intermediate', 'Leadership and growth', 'Helps newer TPMs find their feet and improves one team practice at a time.'),
  ('senior', 'Leadership and growth', 'Mentors other TPMs, runs useful retrospectives and leaves teams working better than before.'),
  ('staff', 'Leadership and growth', 'Raises the bar of program management across several teams through templates, reviews and coaching.'),
  ('principal', 'Leadership and growth', 'Defines practices adopted across the organization and grows the next senior TPMs.'),
  ('manager', 'Leadership and growth', 'Hires, develops and retains TPMs, with a growth plan for each and honest assessments against this ladder.'),
  ('senior_manager', 'Leadership and growth', 'Develops managers, builds a bench for key roles and keeps the teams healthy as they grow.'),
  ('director', 'Leadership and growth', 'Shapes the TPM organization of the division: its structure, its hiring plan and its culture.'),
  ('senior_director', 'Leadership and growth', 'Builds the TPM function of the company, its career paths and its place among the other disciplines.'))
INSERT INTO competency_expectations (competency_id, level_id, expectation)
SELECT c.id, l.id, e.text
  FROM expectation e
  JOIN competencies c ON c.name = e.name
  JOIN career_levels l ON l.key = e.key;
