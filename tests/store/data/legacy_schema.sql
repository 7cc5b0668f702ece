-- The schema as bot/store.py created it before versioning (commit 36ebfd1), kept verbatim:
-- the upgrade tests build an old database from it.
CREATE TABLE IF NOT EXISTS preferences (
    user_id INTEGER PRIMARY KEY,
    lang TEXT NOT NULL CHECK (lang IN ('id', 'en'))
);
CREATE TABLE IF NOT EXISTS questions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at REAL NOT NULL,
    text TEXT NOT NULL,          -- normalised question text
    lang TEXT NOT NULL,
    outcome TEXT NOT NULL,       -- 'suggested' or 'unanswered'
    candidates TEXT NOT NULL,    -- JSON [[intent, score], ...]
    chat_type TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS answers (
    at REAL NOT NULL,
    lang TEXT NOT NULL,
    outcome TEXT NOT NULL        -- 'answered', 'suggested' or 'unanswered'
);
CREATE INDEX IF NOT EXISTS answers_at ON answers (at);
CREATE TABLE IF NOT EXISTS votes (
    at REAL NOT NULL,
    entry TEXT NOT NULL,
    lang TEXT NOT NULL,
    helpful INTEGER NOT NULL CHECK (helpful IN (0, 1))
);
