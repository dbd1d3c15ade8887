-- Holdfast schema version 2: encryption at rest (docs/PRIVACY.md).
-- When encryption is on, every text the user writes is stored as a BLOB
-- sealed with the data key (SQLite keeps the column's declared TEXT type but
-- stores what it is given); an empty text stays ''. Numbers, dates and keys
-- stay plain so day summaries still aggregate in SQL.

-- The data key wrapped under the passphrase; at most one row, none when
-- encryption is off. No password hash: the passphrase is checked by unwrapping.
CREATE TABLE encryption (
    id                  INTEGER PRIMARY KEY CHECK (id = 1),
    algorithm           TEXT    NOT NULL,
    salt                BLOB    NOT NULL,
    opslimit            INTEGER NOT NULL,
    memlimit            INTEGER NOT NULL,
    nonce               BLOB    NOT NULL,
    wrapped_key         BLOB    NOT NULL
);

-- The on-disk full-text index only ever holds plain text: sealed values never
-- reach it (search over encrypted entries uses an index in memory, built at
-- unlock). The triggers of version 1 are replaced by ones that skip BLOBs.
DROP TRIGGER journal_entries_fts_insert;
DROP TRIGGER journal_entries_fts_delete;
DROP TRIGGER journal_entries_fts_update;

CREATE TRIGGER journal_entries_fts_insert AFTER INSERT ON journal_entries
WHEN typeof(new.text) = 'text' BEGIN
    INSERT INTO journal_fts(rowid, text) VALUES (new.id, new.text);
END;

CREATE TRIGGER journal_entries_fts_delete AFTER DELETE ON journal_entries
WHEN typeof(old.text) = 'text' BEGIN
    INSERT INTO journal_fts(journal_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;

CREATE TRIGGER journal_entries_fts_update AFTER UPDATE OF text ON journal_entries BEGIN
    INSERT INTO journal_fts(journal_fts, rowid, text)
        SELECT 'delete', old.id, old.text WHERE typeof(old.text) = 'text';
    INSERT INTO journal_fts(rowid, text)
        SELECT new.id, new.text WHERE typeof(new.text) = 'text';
END;
