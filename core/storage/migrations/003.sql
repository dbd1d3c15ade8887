-- Holdfast schema version 3: real lives (issue 14).
-- A contact now says what it was for. 'logistics' is contact the person had
-- to have (children, work, shared things) and marked so; in low-contact mode
-- it stays in the history and the review but does not end the stretch.
-- Every contact stored before this version was personal.
ALTER TABLE contacts ADD COLUMN purpose TEXT NOT NULL DEFAULT 'personal'
    CHECK (purpose IN ('personal', 'logistics'));

-- What the pull of an urge was: to message or call them, to look at their
-- profile or photos, to go where they might be, or something else. Every urge
-- stored before this version came from "I want to text my ex".
ALTER TABLE urges ADD COLUMN kind TEXT NOT NULL DEFAULT 'message'
    CHECK (kind IN ('message', 'look', 'go', 'other'));
