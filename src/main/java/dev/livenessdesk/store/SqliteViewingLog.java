package dev.livenessdesk.store;

import dev.livenessdesk.core.review.ViewingLog;
import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The viewing log in the local database: rows are only ever added, read back oldest first. */
public final class SqliteViewingLog implements ViewingLog {

    private final LocalDatabase database;

    public SqliteViewingLog(LocalDatabase database) {
        this.database = database;
    }

    @Override
    public void noteViewed(Viewing viewing) throws IOException {
        database.write(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO review_viewing(viewer, session_id, viewed_at) VALUES (?, ?, ?)")) {
                insert.setString(1, viewing.viewer());
                insert.setString(2, viewing.sessionId());
                insert.setString(3, viewing.at().toString());
                insert.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public List<Viewing> entries() throws IOException {
        return database.read(connection -> {
            List<Viewing> entries = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT viewer, session_id, viewed_at FROM review_viewing ORDER BY id");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    entries.add(new Viewing(rows.getString(1), rows.getString(2), Instant.parse(rows.getString(3))));
                }
            }
            return entries;
        });
    }
}
