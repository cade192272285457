-- Stakeholder satisfaction surveys (issue 18, item 2).
--
-- A survey asks its questions (the default template: satisfaction, communication and
-- responsiveness on 1–5, and a free comment) of stakeholders invited by e-mail. Each
-- invitation is one link; only a hash of its secret is stored. An answer is kept in
-- survey_responses; an anonymous survey does not link the answer to its invitation, so
-- the e-mail cannot be traced to what was said (the invitation only records that it was used).
CREATE TABLE surveys (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  program_id uuid REFERENCES programs (id) ON DELETE CASCADE,
  title text NOT NULL CONSTRAINT surveys_title_length CHECK (char_length(title) BETWEEN 1 AND 300),
  anonymous boolean NOT NULL DEFAULT false,
  -- [{id, text, kind: 'scale'|'text', min?, max?, required?}], ids unique in the survey.
  questions jsonb NOT NULL,
  created_by_id uuid REFERENCES users (id) ON DELETE SET NULL,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX surveys_program ON surveys (program_id);

CREATE TABLE survey_invitations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  survey_id uuid NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
  email text NOT NULL CONSTRAINT survey_invitations_email_length CHECK (char_length(email) BETWEEN 3 AND 320),
  token_hash bytea NOT NULL CONSTRAINT survey_invitations_hash_unique UNIQUE,
  expires_at timestamptz NOT NULL,
  emailed_at timestamptz,
  responded_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX survey_invitations_survey ON survey_invitations (survey_id);

CREATE TABLE survey_responses (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  survey_id uuid NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
  -- NULL when the survey is anonymous.
  invitation_id uuid CONSTRAINT survey_responses_invitation_unique UNIQUE
    REFERENCES survey_invitations (id) ON DELETE SET NULL,
  -- {questionId: value}: integers for scale questions, text for text questions.
  answers jsonb NOT NULL,
  comment text CONSTRAINT survey_responses_comment_length CHECK (char_length(comment) <= 5000),
  submitted_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX survey_responses_survey ON survey_responses (survey_id, submitted_at);

-- Automatic sending (added by the surveys part): a survey may go by itself to a list of
-- stakeholder e-mails when one of its program's milestones is achieved, when its program
-- is completed, or on the first day of each fiscal quarter. Each occasion is sent once:
-- survey_sendings remembers it ('milestone:<id>', 'program_completed', 'quarter:FY2027-Q1').
ALTER TABLE surveys
  ADD COLUMN send_trigger text NOT NULL DEFAULT 'manual'
    CONSTRAINT surveys_send_trigger_valid
    CHECK (send_trigger IN ('manual', 'milestone_achieved', 'program_completed', 'quarterly')),
  ADD COLUMN recipients text[] NOT NULL DEFAULT '{}'
    CONSTRAINT surveys_recipients_count CHECK (cardinality(recipients) <= 200);

CREATE TABLE survey_sendings (
  survey_id uuid NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
  occasion text NOT NULL CONSTRAINT survey_sendings_occasion_length CHECK (char_length(occasion) BETWEEN 1 AND 100),
  invited integer NOT NULL,
  sent_at timestamptz NOT NULL,
  PRIMARY KEY (survey_id, occasion)
);
