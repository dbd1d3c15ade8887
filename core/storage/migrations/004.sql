-- Holdfast schema version 4: the evening look back (issue 14).
-- One row per day looked back on (a day ends at 04:00 for this, see
-- core/model/EveningLookBack.h): how hard it was, one thing that helped and
-- one line for tomorrow. The two texts are sealed under encryption, like a
-- check-in's intention.
CREATE TABLE look_backs (
    local_date          TEXT    PRIMARY KEY,
    recorded_utc_ms     INTEGER NOT NULL,
    recorded_offset_min INTEGER NOT NULL,
    recorded_zone       TEXT    NOT NULL DEFAULT '',
    recorded_local_date TEXT    NOT NULL,
    hardness            INTEGER NOT NULL CHECK (hardness BETWEEN 1 AND 5),
    helped              TEXT    NOT NULL DEFAULT '',
    tomorrow            TEXT    NOT NULL DEFAULT ''
);
