package dev.livenessdesk.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Copies the rows that can still be read from a damaged database file into a new one. Each table is read in rowid
 * order from the start until a damaged page stops the reading, then from the end backwards until the damage stops
 * it again, so the rows on both sides of a damaged stretch are kept; a row the new file refuses (its campaign was
 * on a damaged page) is left out and counted. The damaged file is only read.
 */
final class Salvage {

    /** What was copied: rows kept, rows read but refused, and whether some table could not be read to its end. */
    record Outcome(int copied, int refused, boolean damagedRowsLeft) {
    }

    private Salvage() {
    }

    static Outcome copyReadableRows(Connection fresh, Path damaged) {
        int copied = 0;
        int refused = 0;
        boolean left = false;
        try {
            ReadOnlyCopy.attach(fresh, damaged);
        } catch (SQLException unreadable) {
            return new Outcome(0, 0, true);
        }
        try {
            List<String> tables;
            try {
                tables = ReadOnlyCopy.tables(fresh, "disk");
            } catch (SQLException schemaDamaged) {
                return new Outcome(0, 0, true);
            }
            // In the order the tables were made: a campaign before its scenarios and sessions.
            for (String table : tables) {
                if (table.equals("schema_version")) {
                    continue;
                }
                try {
                    List<String> shared = new ArrayList<>(ReadOnlyCopy.columns(fresh, "main", table));
                    shared.retainAll(ReadOnlyCopy.columns(fresh, "disk", table));
                    if (shared.isEmpty()) {
                        continue;
                    }
                    int[] counts = copyTable(fresh, table, shared);
                    copied += counts[0];
                    refused += counts[1];
                    left |= counts[2] != 0;
                } catch (SQLException unreadableTable) {
                    left = true;
                }
            }
        } finally {
            try (Statement statement = fresh.createStatement()) {
                statement.execute("DETACH DATABASE disk");
            } catch (SQLException notAttached) {
                // Nothing to undo.
            }
        }
        return new Outcome(copied, refused, left);
    }

    /**
     * Copied, refused, and 1 when damage stopped the reading (else 0). The rows are read first and written after,
     * in one transaction: a read that meets damage may end the transaction it runs in.
     */
    private static int[] copyTable(Connection fresh, String table, List<String> columns) throws SQLException {
        String names = String.join(", ", columns.stream().map(ReadOnlyCopy::quoted).toList());
        String marks = String.join(", ", columns.stream().map(c -> "?").toList());
        Map<Long, Object[]> readable = new TreeMap<>();
        boolean damageStopped = false;
        long lastForward = Long.MIN_VALUE;
        try (Statement read = fresh.createStatement();
             ResultSet rows = read.executeQuery("SELECT rowid, " + names + " FROM disk." + ReadOnlyCopy.quoted(table)
                     + " ORDER BY rowid")) {
            while (rows.next()) {
                lastForward = rows.getLong(1);
                readable.put(lastForward, values(rows, columns.size()));
            }
        } catch (SQLException damaged) {
            damageStopped = true;
        }
        if (damageStopped) {
            try (PreparedStatement read = fresh.prepareStatement("SELECT rowid, " + names + " FROM disk."
                    + ReadOnlyCopy.quoted(table) + " WHERE rowid > ? ORDER BY rowid DESC")) {
                read.setLong(1, lastForward);
                try (ResultSet rows = read.executeQuery()) {
                    while (rows.next()) {
                        readable.put(rows.getLong(1), values(rows, columns.size()));
                    }
                }
            } catch (SQLException damagedAgain) {
                // The rows between the two damaged points are on damaged pages.
            }
        }
        int[] counts = new int[3];
        fresh.setAutoCommit(false);
        try (PreparedStatement insert = fresh.prepareStatement("INSERT OR IGNORE INTO main."
                + ReadOnlyCopy.quoted(table) + " (" + names + ") VALUES (" + marks + ")")) {
            for (Object[] row : readable.values()) {
                counts[insert(insert, row)]++;
            }
            fresh.commit();
        } finally {
            fresh.setAutoCommit(true);
        }
        counts[2] = damageStopped ? 1 : 0;
        return counts;
    }

    private static Object[] values(ResultSet row, int columns) throws SQLException {
        Object[] values = new Object[columns];
        for (int i = 0; i < columns; i++) {
            values[i] = row.getObject(i + 2);
        }
        return values;
    }

    /** 0 when the row was copied, 1 when the new file refused it. */
    private static int insert(PreparedStatement insert, Object[] row) throws SQLException {
        for (int i = 0; i < row.length; i++) {
            insert.setObject(i + 1, row[i]);
        }
        try {
            return insert.executeUpdate() == 1 ? 0 : 1;
        } catch (SQLException refused) {
            return 1;
        }
    }
}
