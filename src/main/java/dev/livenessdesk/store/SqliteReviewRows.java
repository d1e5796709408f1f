package dev.livenessdesk.store;

import dev.livenessdesk.core.erasure.ReviewRows;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The review and viewing-log rows of sessions in the local database, as an erasure sees them: counted for its
 * plan, removed together in one transaction. Session ids are matched without regard to case, as reviews are.
 */
public final class SqliteReviewRows implements ReviewRows {

    private final LocalDatabase database;

    public SqliteReviewRows(LocalDatabase database) {
        this.database = database;
    }

    @Override
    public Map<String, Kept> keptOf(Collection<String> sessionIds) throws IOException {
        Set<String> wanted = keys(sessionIds);
        if (wanted.isEmpty()) {
            return Map.of();
        }
        return database.read(connection -> {
            Map<String, Integer> reviews = counts(connection, "review", wanted);
            Map<String, Integer> viewings = counts(connection, "review_viewing", wanted);
            Map<String, Kept> kept = new LinkedHashMap<>();
            for (String id : sessionIds) {
                String key = id.toLowerCase(Locale.ROOT);
                int r = reviews.getOrDefault(key, 0);
                int v = viewings.getOrDefault(key, 0);
                if (r + v > 0) {
                    kept.put(id, new Kept(r, v));
                }
            }
            return kept;
        });
    }

    @Override
    public void remove(Collection<String> sessionIds) throws IOException {
        Set<String> wanted = keys(sessionIds);
        if (wanted.isEmpty()) {
            return;
        }
        database.write(connection -> {
            for (String table : new String[] {"review", "review_viewing"}) {
                try (PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM " + table + " WHERE lower(session_id) = ?")) {
                    for (String id : wanted) {
                        delete.setString(1, id);
                        delete.addBatch();
                    }
                    delete.executeBatch();
                }
            }
            return null;
        });
    }

    private static Map<String, Integer> counts(Connection connection, String table, Set<String> wanted)
            throws SQLException {
        Map<String, Integer> counts = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT count(*) FROM " + table + " WHERE lower(session_id) = ?")) {
            for (String id : wanted) {
                select.setString(1, id);
                try (ResultSet row = select.executeQuery()) {
                    if (row.next() && row.getInt(1) > 0) {
                        counts.put(id, row.getInt(1));
                    }
                }
            }
        }
        return counts;
    }

    private static Set<String> keys(Collection<String> sessionIds) {
        Set<String> keys = new LinkedHashSet<>();
        sessionIds.forEach(id -> keys.add(id.toLowerCase(Locale.ROOT)));
        return keys;
    }
}
