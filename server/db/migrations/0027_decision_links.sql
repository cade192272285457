-- A decision's links to the program's issues and change requests, in the same
-- shape as its links to risks (0025): the order given is kept.
CREATE TABLE decision_issues (
  decision_id uuid NOT NULL REFERENCES decisions (id) ON DELETE CASCADE,
  issue_id uuid NOT NULL REFERENCES program_issues (id) ON DELETE CASCADE,
  position integer NOT NULL,
  PRIMARY KEY (decision_id, issue_id)
);
CREATE INDEX decision_issues_issue ON decision_issues (issue_id);

CREATE TABLE decision_change_requests (
  decision_id uuid NOT NULL REFERENCES decisions (id) ON DELETE CASCADE,
  change_request_id uuid NOT NULL REFERENCES change_requests (id) ON DELETE CASCADE,
  position integer NOT NULL,
  PRIMARY KEY (decision_id, change_request_id)
);
CREATE INDEX decision_change_requests_change_request ON decision_change_requests (change_request_id);
