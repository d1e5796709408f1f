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
                    )""")));

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
