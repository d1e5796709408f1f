package dev.livenessdesk.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;

/**
 * The schema, as numbered steps recorded in a table of its own. A database carries the highest step applied; a
 * step is never edited once released, a change is a new step. Steps run inside the caller's write transaction, so
 * two desks starting at once apply each step exactly once.
 */
final class Migrations {

    record Step(int version, String description, List<String> statements) {
    }

    static final List<Step> STEPS = List.of(
            new Step(1, "history of sessions created on this computer", List.of(
                    """
                    CREATE TABLE history_session (
                        session_id TEXT PRIMARY KEY,
                        created_at TEXT NOT NULL,
                        profile TEXT,
                        region TEXT NOT NULL,
                        bucket TEXT,
                        key_prefix TEXT NOT NULL DEFAULT '',
                        audit_images_limit INTEGER NOT NULL DEFAULT 0,
                        last_status TEXT NOT NULL,
                        confidence REAL,
                        last_checked TEXT,
                        extra_json TEXT
                    )""",
                    // Entries of an old history.json that lack what every entry must have: kept, never dropped.
                    """
                    CREATE TABLE unreadable_history (
                        id INTEGER PRIMARY KEY,
                        raw_json TEXT NOT NULL UNIQUE,
                        source TEXT NOT NULL
                    )""")),
            new Step(2, "campaigns, their scenarios and sessions", List.of(
                    // Names are keyed by CampaignNames.key (case-folded), shown as the tester typed them.
                    """
                    CREATE TABLE campaign (
                        name_key TEXT PRIMARY KEY,
                        name TEXT NOT NULL,
                        created_at TEXT NOT NULL
                    )""",
                    """
                    CREATE TABLE campaign_scenario (
                        campaign_key TEXT NOT NULL REFERENCES campaign(name_key) ON DELETE CASCADE,
                        position INTEGER NOT NULL,
                        name_key TEXT NOT NULL,
                        name TEXT NOT NULL,
                        expectation TEXT NOT NULL,
                        PRIMARY KEY (campaign_key, name_key)
                    )""",
                    """
                    CREATE TABLE campaign_session (
                        session_id TEXT PRIMARY KEY,
                        campaign_key TEXT NOT NULL REFERENCES campaign(name_key),
                        scenario_name TEXT NOT NULL,
                        created_at TEXT NOT NULL,
                        tester TEXT NOT NULL,
                        region TEXT NOT NULL,
                        raw_status TEXT NOT NULL,
                        confidence REAL,
                        feedback_codes TEXT NOT NULL,
                        excluded INTEGER NOT NULL,
                        note TEXT
                    )""",
                    "CREATE INDEX campaign_session_by_campaign ON campaign_session(campaign_key, created_at)")),
            new Step(3, "feedback codes and client of history sessions", List.of(
                    // A JSON array of the codes as sent; NULL for rows kept before the app stored them.
                    "ALTER TABLE history_session ADD COLUMN feedback_codes TEXT",
                    "ALTER TABLE history_session ADD COLUMN client_sdk TEXT")),
            new Step(4, "where each campaign session's team record lives", List.of(
                    // A table of its own rather than columns of campaign_session: the session's save replaces its
                    // whole row, and the record's place may be kept before the session's row lands (the writes run
                    // side by side). Sessions kept before this step have no row here: no known record.
                    """
                    CREATE TABLE campaign_session_record (
                        session_id TEXT PRIMARY KEY,
                        bucket TEXT NOT NULL,
                        key_prefix TEXT NOT NULL
                    )""")),
            new Step(5, "the erasure journal: runs, their versions, their receipts", List.of(
                    // Session ids and local rows as newline-separated lists: ids are plain UUIDs.
                    """
                    CREATE TABLE erasure_run (
                        run_id TEXT PRIMARY KEY,
                        kind TEXT NOT NULL,
                        bucket TEXT NOT NULL,
                        key_prefix TEXT NOT NULL,
                        cutoff TEXT,
                        caller_arn TEXT NOT NULL,
                        started_at TEXT NOT NULL,
                        session_ids TEXT NOT NULL,
                        history_rows TEXT NOT NULL,
                        campaign_rows TEXT NOT NULL,
                        finished_at TEXT,
                        receipt_json TEXT
                    )""",
                    // state: todo, sending (sent, no answer kept yet), deleted, kept (with reason and why).
                    """
                    CREATE TABLE erasure_version (
                        run_id TEXT NOT NULL REFERENCES erasure_run(run_id),
                        seq INTEGER NOT NULL,
                        object_key TEXT NOT NULL,
                        version_id TEXT NOT NULL,
                        size_bytes INTEGER NOT NULL,
                        last_modified TEXT NOT NULL,
                        delete_marker INTEGER NOT NULL,
                        state TEXT NOT NULL,
                        reason TEXT,
                        why TEXT,
                        until TEXT,
                        PRIMARY KEY (run_id, object_key, version_id)
                    )""",
                    "CREATE INDEX erasure_version_by_state ON erasure_version(run_id, state, seq)")),
            new Step(6, "CloudTrail events kept by the Activity tab, and which ranges were read whole", List.of(
                    // The record exactly as CloudTrail sent it; the columns beside it are what reads select on.
                    """
                    CREATE TABLE trail_event (
                        scope TEXT NOT NULL,
                        event_id TEXT NOT NULL,
                        event_name TEXT NOT NULL,
                        event_time TEXT NOT NULL,
                        session_id TEXT,
                        raw_record TEXT NOT NULL,
                        PRIMARY KEY (scope, event_id)
                    )""",
                    "CREATE INDEX trail_event_by_time ON trail_event(scope, event_name, event_time)",
                    "CREATE INDEX trail_event_by_session ON trail_event(session_id)",
                    """
                    CREATE TABLE trail_covered (
                        scope TEXT NOT NULL,
                        event_name TEXT NOT NULL,
                        range_from TEXT NOT NULL,
                        range_to TEXT NOT NULL
                    )""",
                    "CREATE INDEX trail_covered_by_scope ON trail_covered(scope, event_name)")),
            new Step(7, "reviews of audit images and the viewing log", List.of(
                    // One row per review (a reviewer's later mind is a new row); flags as a JSON array; waiting = 1
                    // until the review is in its session's record in the bucket.
                    """
                    CREATE TABLE review (
                        session_id TEXT NOT NULL,
                        reviewer_key TEXT NOT NULL,
                        reviewed_at TEXT NOT NULL,
                        round TEXT NOT NULL,
                        reviewer TEXT NOT NULL,
                        label TEXT NOT NULL,
                        flags TEXT NOT NULL,
                        note TEXT,
                        bucket TEXT NOT NULL,
                        key_prefix TEXT NOT NULL,
                        waiting INTEGER NOT NULL,
                        PRIMARY KEY (session_id, reviewer_key, reviewed_at, round)
                    )""",
                    "CREATE INDEX review_waiting ON review(waiting, reviewed_at)",
                    // Only ever added to: who was shown which session's images on the review screen, and when.
                    """
                    CREATE TABLE review_viewing (
                        id INTEGER PRIMARY KEY,
                        viewer TEXT NOT NULL,
                        session_id TEXT NOT NULL,
                        viewed_at TEXT NOT NULL
                    )""")),
            new Step(8, "an erasure run names the sessions whose reviews and viewing-log rows it removes", List.of(
                    // A run journaled before this step removed no review rows: it resumes the same way.
                    "ALTER TABLE erasure_run ADD COLUMN review_rows TEXT NOT NULL DEFAULT ''")));

    static final int LATEST = STEPS.get(STEPS.size() - 1).version();

    private static final String VERSION_TABLE = """
            CREATE TABLE IF NOT EXISTS schema_version (
                version INTEGER PRIMARY KEY,
                description TEXT NOT NULL,
                applied_at TEXT NOT NULL
            )""";

    private Migrations() {
    }

    /** The highest step this database carries; 0 for a new one. */
    static int currentVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(VERSION_TABLE);
            try (ResultSet rows = statement.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
                return rows.next() ? rows.getInt(1) : 0;
            }
        }
    }

    /** Applies the steps after {@code from}; call inside a write transaction, never with a newer database. */
    static void applyAfter(Connection connection, int from) throws SQLException {
        for (Step step : STEPS) {
            if (step.version() <= from) {
                continue;
            }
            try (Statement statement = connection.createStatement()) {
                for (String sql : step.statements()) {
                    statement.execute(sql);
                }
            }
            try (var insert = connection.prepareStatement(
                    "INSERT INTO schema_version(version, description, applied_at) VALUES (?, ?, ?)")) {
                insert.setInt(1, step.version());
                insert.setString(2, step.description());
                insert.setString(3, Instant.now().toString());
                insert.executeUpdate();
            }
        }
    }
}
