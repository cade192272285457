-- Reviews (issue 17): a recurring meeting over some programs (or the whole
-- portfolio) whose agenda is generated from the programs' data, and the outcomes
-- recorded against the agenda's items at each occurrence.
CREATE TABLE reviews (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  title text NOT NULL CONSTRAINT reviews_title_length CHECK (char_length(title) BETWEEN 1 AND 200),
  -- portfolio: every program (the caller sees); programs: those in review_programs.
  -- Kept apart from the list so that a program review whose programs were all
  -- deleted does not silently become a portfolio review.
  scope text NOT NULL CONSTRAINT reviews_scope_known CHECK (scope IN ('portfolio', 'programs')),
  starts_on date NOT NULL,
  time_of_day text CONSTRAINT reviews_time_of_day_format
    CHECK (time_of_day ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  duration_minutes integer CONSTRAINT reviews_duration_range CHECK (duration_minutes BETWEEN 5 AND 1440),
  time_zone text NOT NULL,
  -- RFC 5545 RRULE text (without DTSTART); NULL: a single occurrence on starts_on.
  recurrence text CONSTRAINT reviews_recurrence_length CHECK (char_length(recurrence) <= 500),
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX reviews_created_by ON reviews (created_by) WHERE created_by IS NOT NULL;

CREATE TABLE review_programs (
  review_id uuid NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
  program_id uuid NOT NULL REFERENCES programs (id) ON DELETE CASCADE,
  position integer NOT NULL,
  PRIMARY KEY (review_id, program_id)
);
CREATE INDEX review_programs_program ON review_programs (program_id);

CREATE TABLE review_participants (
  review_id uuid NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  position integer NOT NULL,
  PRIMARY KEY (review_id, user_id)
);
CREATE INDEX review_participants_user ON review_participants (user_id);

-- What was said or done about one agenda item at one occurrence. The item is
-- stored as it was shown (a snapshot), so the outcome reads the same after the
-- data behind the item has moved, and a carried-over item can still be shown.
CREATE TABLE review_outcomes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  review_id uuid NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
  occurrence_on date NOT NULL,
  item_key text NOT NULL CONSTRAINT review_outcomes_item_key_length CHECK (char_length(item_key) BETWEEN 1 AND 200),
  item jsonb NOT NULL,
  kind text NOT NULL CONSTRAINT review_outcomes_kind_known CHECK (kind IN ('note', 'decision', 'action_item')),
  text text NOT NULL CONSTRAINT review_outcomes_text_length CHECK (char_length(text) BETWEEN 1 AND 4000),
  resolved boolean NOT NULL DEFAULT false,
  decision_id uuid REFERENCES decisions (id) ON DELETE SET NULL,
  -- What was asked for ({title, ownerId, dueDate}) and the action item it became.
  action_item jsonb,
  action_item_id uuid REFERENCES action_items (id) ON DELETE SET NULL,
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT review_outcomes_resolved_is_note CHECK (NOT resolved OR kind = 'note')
);
CREATE INDEX review_outcomes_review ON review_outcomes (review_id, occurrence_on, item_key);
CREATE INDEX review_outcomes_decision ON review_outcomes (decision_id) WHERE decision_id IS NOT NULL;
CREATE INDEX review_outcomes_action_item ON review_outcomes (action_item_id) WHERE action_item_id IS NOT NULL;
CREATE INDEX review_outcomes_created_by ON review_outcomes (created_by) WHERE created_by IS NOT NULL;
