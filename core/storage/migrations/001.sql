-- Holdfast schema version 1.
-- Every stored moment has four columns: <name>_utc_ms (UTC instant in ms),
-- <name>_offset_min (local minus UTC), <name>_zone (IANA name, may be empty)
-- and <name>_local_date ('YYYY-MM-DD' on the user's wall clock). Day buckets
-- use the local date, so travel and DST never move a record to another day.
-- Enumerations are stored as stable text keys, never as translated text.

CREATE TABLE unsent_messages (
    id                  INTEGER PRIMARY KEY,
    written_utc_ms      INTEGER NOT NULL,
    written_offset_min  INTEGER NOT NULL,
    written_zone        TEXT    NOT NULL DEFAULT '',
    written_local_date  TEXT    NOT NULL,
    updated_utc_ms      INTEGER NOT NULL,
    updated_offset_min  INTEGER NOT NULL,
    updated_zone        TEXT    NOT NULL DEFAULT '',
    updated_local_date  TEXT    NOT NULL,
    text                TEXT    NOT NULL DEFAULT '',
    urge_id             INTEGER REFERENCES urges(id) ON DELETE SET NULL,
    reread_utc_ms       INTEGER,
    reread_offset_min   INTEGER,
    reread_zone         TEXT,
    reread_local_date   TEXT
);
CREATE INDEX unsent_messages_by_written ON unsent_messages(written_utc_ms);
CREATE INDEX unsent_messages_by_urge ON unsent_messages(urge_id);

CREATE TABLE urges (
    id                  INTEGER PRIMARY KEY,
    start_utc_ms        INTEGER NOT NULL,
    start_offset_min    INTEGER NOT NULL,
    start_zone          TEXT    NOT NULL DEFAULT '',
    start_local_date    TEXT    NOT NULL,
    start_local_hour    INTEGER NOT NULL CHECK (start_local_hour BETWEEN 0 AND 23),
    end_utc_ms          INTEGER,
    end_offset_min      INTEGER,
    end_zone            TEXT,
    end_local_date      TEXT,
    -- Derived from urge_samples when the urge is saved, so day summaries
    -- never read the samples.
    start_intensity     INTEGER CHECK (start_intensity BETWEEN 0 AND 10),
    peak_intensity      INTEGER CHECK (peak_intensity BETWEEN 0 AND 10),
    halt_hungry         INTEGER NOT NULL DEFAULT 0 CHECK (halt_hungry IN (0, 1)),
    halt_angry          INTEGER NOT NULL DEFAULT 0 CHECK (halt_angry IN (0, 1)),
    halt_lonely         INTEGER NOT NULL DEFAULT 0 CHECK (halt_lonely IN (0, 1)),
    halt_tired          INTEGER NOT NULL DEFAULT 0 CHECK (halt_tired IN (0, 1)),
    action_kind         TEXT    NOT NULL DEFAULT 'none',
    action_id           INTEGER NOT NULL DEFAULT 0,
    action_label        TEXT    NOT NULL DEFAULT '',
    unsent_message_id   INTEGER REFERENCES unsent_messages(id) ON DELETE SET NULL,
    outcome             TEXT    NOT NULL DEFAULT 'open',
    note                TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX urges_by_start_local_date ON urges(start_local_date, start_local_hour);
CREATE INDEX urges_by_start_utc ON urges(start_utc_ms);
CREATE INDEX urges_by_unsent_message ON urges(unsent_message_id);

CREATE TABLE urge_samples (
    urge_id             INTEGER NOT NULL REFERENCES urges(id) ON DELETE CASCADE,
    position            INTEGER NOT NULL,
    utc_ms              INTEGER NOT NULL,
    intensity           INTEGER NOT NULL CHECK (intensity BETWEEN 0 AND 10),
    PRIMARY KEY (urge_id, position)
);

-- Built-in triggers by key with custom_text ''; the user's own triggers use
-- trigger_key 'custom' and their text.
CREATE TABLE urge_triggers (
    urge_id             INTEGER NOT NULL REFERENCES urges(id) ON DELETE CASCADE,
    position            INTEGER NOT NULL,
    trigger_key         TEXT    NOT NULL,
    custom_text         TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (urge_id, position)
);
CREATE INDEX urge_triggers_by_key ON urge_triggers(trigger_key, custom_text);

CREATE TABLE contacts (
    id                  INTEGER PRIMARY KEY,
    at_utc_ms           INTEGER NOT NULL,
    at_offset_min       INTEGER NOT NULL,
    at_zone             TEXT    NOT NULL DEFAULT '',
    at_local_date       TEXT    NOT NULL,
    initiator           TEXT    NOT NULL,
    channel             TEXT    NOT NULL,
    replied             INTEGER NOT NULL DEFAULT 0 CHECK (replied IN (0, 1)),
    note                TEXT    NOT NULL DEFAULT '',
    urge_id             INTEGER REFERENCES urges(id) ON DELETE SET NULL
);
CREATE INDEX contacts_by_utc ON contacts(at_utc_ms);
CREATE INDEX contacts_by_local_date ON contacts(at_local_date);
CREATE INDEX contacts_by_urge ON contacts(urge_id);

CREATE TABLE check_ins (
    local_date          TEXT    PRIMARY KEY,
    recorded_utc_ms     INTEGER NOT NULL,
    recorded_offset_min INTEGER NOT NULL,
    recorded_zone       TEXT    NOT NULL DEFAULT '',
    recorded_local_date TEXT    NOT NULL,
    mood                INTEGER NOT NULL CHECK (mood BETWEEN 1 AND 5),
    sleep               INTEGER NOT NULL CHECK (sleep BETWEEN 1 AND 5),
    intention           TEXT    NOT NULL DEFAULT ''
);

CREATE TABLE journal_entries (
    id                  INTEGER PRIMARY KEY,
    created_utc_ms      INTEGER NOT NULL,
    created_offset_min  INTEGER NOT NULL,
    created_zone        TEXT    NOT NULL DEFAULT '',
    created_local_date  TEXT    NOT NULL,
    updated_utc_ms      INTEGER NOT NULL,
    updated_offset_min  INTEGER NOT NULL,
    updated_zone        TEXT    NOT NULL DEFAULT '',
    updated_local_date  TEXT    NOT NULL,
    text                TEXT    NOT NULL DEFAULT '',
    mood                INTEGER CHECK (mood BETWEEN 1 AND 5)
);
CREATE INDEX journal_entries_by_created_local_date ON journal_entries(created_local_date);
CREATE INDEX journal_entries_by_created_utc ON journal_entries(created_utc_ms);
CREATE INDEX journal_entries_by_mood ON journal_entries(mood);

CREATE TABLE journal_tags (
    entry_id            INTEGER NOT NULL REFERENCES journal_entries(id) ON DELETE CASCADE,
    position            INTEGER NOT NULL,
    tag                 TEXT    NOT NULL,
    PRIMARY KEY (entry_id, position)
);
CREATE INDEX journal_tags_by_tag ON journal_tags(tag, entry_id);

-- Full-text index over the journal text, kept in step by the triggers below.
-- remove_diacritics 2 lets "cafe" find "café"; queries are built from quoted
-- prefix terms only (see SqliteStore::journalEntries).
CREATE VIRTUAL TABLE journal_fts USING fts5(
    text,
    content = 'journal_entries',
    content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER journal_entries_fts_insert AFTER INSERT ON journal_entries BEGIN
    INSERT INTO journal_fts(rowid, text) VALUES (new.id, new.text);
END;

CREATE TRIGGER journal_entries_fts_delete AFTER DELETE ON journal_entries BEGIN
    INSERT INTO journal_fts(journal_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;

CREATE TRIGGER journal_entries_fts_update AFTER UPDATE OF text ON journal_entries BEGIN
    INSERT INTO journal_fts(journal_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO journal_fts(rowid, text) VALUES (new.id, new.text);
END;

CREATE TABLE reasons (
    id                  INTEGER PRIMARY KEY,
    text                TEXT    NOT NULL DEFAULT '',
    position            INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX reasons_by_position ON reasons(position);

CREATE TABLE support_people (
    id                  INTEGER PRIMARY KEY,
    name                TEXT    NOT NULL DEFAULT '',
    contact             TEXT    NOT NULL DEFAULT '',
    note                TEXT    NOT NULL DEFAULT '',
    position            INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX support_people_by_position ON support_people(position);

CREATE TABLE activities (
    id                  INTEGER PRIMARY KEY,
    title               TEXT    NOT NULL DEFAULT '',
    position            INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX activities_by_position ON activities(position);

CREATE TABLE if_then_plans (
    id                  INTEGER PRIMARY KEY,
    trigger_key         TEXT    NOT NULL,
    custom_trigger      TEXT    NOT NULL DEFAULT '',
    plan                TEXT    NOT NULL DEFAULT '',
    position            INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX if_then_plans_by_position ON if_then_plans(position);

CREATE TABLE risk_dates (
    id                  INTEGER PRIMARY KEY,
    title               TEXT    NOT NULL DEFAULT '',
    date                TEXT    NOT NULL,
    yearly              INTEGER NOT NULL DEFAULT 1 CHECK (yearly IN (0, 1)),
    plan                TEXT    NOT NULL DEFAULT '',
    position            INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX risk_dates_by_position ON risk_dates(position);

CREATE TABLE settings (
    key                 TEXT    PRIMARY KEY,
    value               TEXT    NOT NULL
);
