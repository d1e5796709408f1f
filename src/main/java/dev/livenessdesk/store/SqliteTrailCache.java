package dev.livenessdesk.store;

import dev.livenessdesk.core.activity.CachedEvent;
import dev.livenessdesk.core.activity.TimeRange;
import dev.livenessdesk.core.activity.TrailEventCache;
import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What the Activity tab read of CloudTrail, in the local database: events by id and the ranges read whole. Times are
 * stored as ISO-8601 text of a fixed width (whole or fractional seconds as CloudTrail sent them, always UTC), so
 * text order is time order. Replays stream row by row: a day of events never sits in memory at once.
 */
public final class SqliteTrailCache implements TrailEventCache, AutoCloseable {

    private final LocalDatabase database;
    private final boolean closesDatabase;

    /** A cache on a database its owner closes (the desktop app's one database). */
    public SqliteTrailCache(LocalDatabase database) {
        this(database, false);
    }

    private SqliteTrailCache(LocalDatabase database, boolean closesDatabase) {
        this.database = database;
        this.closesDatabase = closesDatabase;
    }

    /** A cache that owns its database and closes it with itself (a command-line run). */
    public static SqliteTrailCache closingDatabase(LocalDatabase database) {
        return new SqliteTrailCache(database, true);
    }

    @Override
    public void close() {
        if (closesDatabase) {
            database.close();
        }
    }

    @Override
    public List<TimeRange> covered(String scope, String eventName) throws IOException {
        return database.read(connection -> {
            List<TimeRange> ranges = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT range_from, range_to FROM trail_covered WHERE scope = ? AND event_name = ?")) {
                select.setString(1, scope);
                select.setString(2, eventName);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        ranges.add(new TimeRange(Instant.parse(rows.getString(1)), Instant.parse(rows.getString(2))));
                    }
                }
            }
            return TimeRange.merge(ranges);
        });
    }

    @Override
    public void keep(String scope, List<CachedEvent> events) throws IOException {
        database.write(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO trail_event(scope, event_id,"
                    + " event_name, event_time, session_id, raw_record) VALUES (?, ?, ?, ?, ?, ?)"
                    + " ON CONFLICT(scope, event_id) DO NOTHING")) {
                for (CachedEvent event : events) {
                    insert.setString(1, scope);
                    insert.setString(2, event.eventId());
                    insert.setString(3, event.eventName());
                    insert.setString(4, sortable(event.time()));
                    insert.setString(5, event.sessionId().orElse(null));
                    insert.setString(6, event.rawRecord());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return null;
        });
    }

    @Override
    public void markCovered(String scope, String eventName, TimeRange range) throws IOException {
        database.write(connection -> {
            // Kept merged: the ranges of one call are replaced by their union, so the table never grows per read.
            List<TimeRange> ranges = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT range_from, range_to FROM trail_covered WHERE scope = ? AND event_name = ?")) {
                select.setString(1, scope);
                select.setString(2, eventName);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        ranges.add(new TimeRange(Instant.parse(rows.getString(1)), Instant.parse(rows.getString(2))));
                    }
                }
            }
            ranges.add(range);
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM trail_covered WHERE scope = ? AND event_name = ?")) {
                delete.setString(1, scope);
                delete.setString(2, eventName);
                delete.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO trail_covered(scope, event_name, range_from, range_to) VALUES (?, ?, ?, ?)")) {
                for (TimeRange merged : TimeRange.merge(ranges)) {
                    insert.setString(1, scope);
                    insert.setString(2, eventName);
                    insert.setString(3, merged.from().toString());
                    insert.setString(4, merged.to().toString());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return null;
        });
    }

    @Override
    public long replay(String scope, String eventName, TimeRange range, Consumer<CachedEvent> each)
            throws IOException {
        return database.read(connection -> {
            long count = 0;
            try (PreparedStatement select = connection.prepareStatement("SELECT event_id, event_time, session_id,"
                    + " raw_record FROM trail_event WHERE scope = ? AND event_name = ? AND event_time >= ?"
                    + " AND event_time <= ? ORDER BY event_time DESC")) {
                select.setFetchSize(200);
                select.setString(1, scope);
                select.setString(2, eventName);
                select.setString(3, sortable(range.from()));
                select.setString(4, sortable(range.to()));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next() && !Thread.currentThread().isInterrupted()) {
                        each.accept(new CachedEvent(rows.getString(1), eventName, Instant.parse(rows.getString(2)),
                                Optional.ofNullable(rows.getString(3)), rows.getString(4)));
                        count++;
                    }
                }
            }
            return count;
        });
    }

    /** Fixed-width UTC text (nanoseconds always written), so text order is time order. */
    static String sortable(Instant time) {
        return java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'")
                .withZone(java.time.ZoneOffset.UTC).format(time);
    }
}
