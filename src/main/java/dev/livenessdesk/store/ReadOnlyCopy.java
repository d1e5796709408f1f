package dev.livenessdesk.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Copies what this version understands of a database file into the database in memory: the tables and columns
 * both know, so a newer file's added columns or tables are left alone rather than misread. The file is attached
 * read-only; where even that is refused (a folder nobody may write holds no WAL index), it is read as immutable,
 * which is safe there because no desk can be writing it.
 */
final class ReadOnlyCopy {

    private ReadOnlyCopy() {
    }

    /**
     * Copies the tables and columns both know. A column this version needs that the file lacks (a newer version
     * renamed or dropped it) is filled with an empty value (its default, '' or 0; times as 1970-01-01T00:00:00Z)
     * so every row still comes across. Returns what could not be read, as "table.column" or "table", for the
     * notice; empty when everything was.
     */
    static List<String> copyKnownTables(Connection memory, Path file) throws SQLException {
        attach(memory, file);
        List<String> unread = new ArrayList<>();
        try (Statement statement = memory.createStatement()) {
            List<String> onDisk = tables(memory, "disk");
            for (String table : tables(memory, "main")) {
                if (table.equals("schema_version")) {
                    continue;
                }
                if (!onDisk.contains(table)) {
                    unread.add(table);
                    continue;
                }
                Set<String> theirs = columns(memory, "disk", table);
                List<String> targets = new ArrayList<>();
                List<String> sources = new ArrayList<>();
                for (Column ours : columnDetails(memory, table)) {
                    if (theirs.contains(ours.name())) {
                        targets.add(quoted(ours.name()));
                        sources.add(quoted(ours.name()));
                    } else {
                        unread.add(table + "." + ours.name());
                        if (ours.required() && ours.defaultValue() == null) {
                            targets.add(quoted(ours.name()));
                            sources.add(ours.emptyValue());
                        }
                    }
                }
                if (sources.stream().noneMatch(source -> source.startsWith("\""))) {
                    continue;
                }
                statement.execute("INSERT OR IGNORE INTO main." + quoted(table) + " (" + String.join(", ", targets)
                        + ") SELECT " + String.join(", ", sources) + " FROM disk." + quoted(table));
            }
        }
        try (Statement statement = memory.createStatement()) {
            statement.execute("DETACH DATABASE disk");
        }
        return unread;
    }

    /** A column of this version's schema, as SQLite describes it. */
    private record Column(String name, String type, boolean required, String defaultValue) {

        /** What stands in for a value the file does not have: nothing a reader could take for a real one. */
        String emptyValue() {
            String kind = type.toUpperCase(java.util.Locale.ROOT);
            if (kind.contains("INT") || kind.contains("REAL")) {
                return "0";
            }
            return name.endsWith("_at") ? "'1970-01-01T00:00:00Z'" : "''";
        }
    }

    private static List<Column> columnDetails(Connection connection, String table) throws SQLException {
        List<Column> details = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA main.table_info(" + quoted(table) + ")")) {
            while (rows.next()) {
                details.add(new Column(rows.getString("name"), rows.getString("type"), rows.getInt("notnull") != 0
                        && rows.getInt("pk") == 0, rows.getString("dflt_value")));
            }
        }
        return details;
    }

    static void attach(Connection memory, Path file) throws SQLException {
        String uri = file.toUri().toString();
        try (Statement statement = memory.createStatement()) {
            statement.execute("ATTACH DATABASE '" + uri.replace("'", "''") + "?mode=ro' AS disk");
            // ATTACH is lazy: reading the schema is what proves the file can be read this way.
            statement.executeQuery("SELECT count(*) FROM disk.sqlite_master").close();
        } catch (SQLException refused) {
            try (Statement statement = memory.createStatement()) {
                statement.execute("DETACH DATABASE disk");
            } catch (SQLException notAttached) {
                // Nothing to undo.
            }
            try (Statement statement = memory.createStatement()) {
                statement.execute("ATTACH DATABASE '" + uri.replace("'", "''") + "?mode=ro&immutable=1' AS disk");
            }
        }
    }

    static List<String> tables(Connection connection, String schema) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT name FROM " + schema + ".sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }

    static Set<String> columns(Connection connection, String schema, String table) throws SQLException {
        Set<String> names = new LinkedHashSet<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA " + schema + ".table_info(" + quoted(table) + ")")) {
            while (rows.next()) {
                names.add(rows.getString("name"));
            }
        }
        return names;
    }

    static String quoted(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
