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

    static void copyKnownTables(Connection memory, Path file) throws SQLException {
        attach(memory, file);
        try (Statement statement = memory.createStatement()) {
            for (String table : tables(memory, "main")) {
                if (table.equals("schema_version") || !tables(memory, "disk").contains(table)) {
                    continue;
                }
                Set<String> shared = columns(memory, "main", table);
                shared.retainAll(columns(memory, "disk", table));
                if (shared.isEmpty()) {
                    continue;
                }
                String names = String.join(", ", shared.stream().map(ReadOnlyCopy::quoted).toList());
                statement.execute("INSERT OR IGNORE INTO main." + quoted(table) + " (" + names + ") SELECT " + names
                        + " FROM disk." + quoted(table));
            }
        }
        try (Statement statement = memory.createStatement()) {
            statement.execute("DETACH DATABASE disk");
        }
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
