package dev.livenessdesk.store;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.livenessdesk.core.campaign.RecordPlace;
import dev.livenessdesk.core.review.QualityFlag;
import dev.livenessdesk.core.review.Review;
import dev.livenessdesk.core.review.ReviewLabel;
import dev.livenessdesk.core.review.ReviewRound;
import dev.livenessdesk.core.review.ReviewStore;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reviews in the local database: every review given on this computer or read from a bucket, keyed as a review is
 * told apart (session, reviewer, time, round), with whether it still waits to be written to its record. A row this
 * version cannot read back (a label from a newer desk) is skipped, never guessed.
 */
public final class SqliteReviewStore implements ReviewStore {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COLUMNS = "session_id, reviewer_key, reviewed_at, round, reviewer, label, flags, note,"
            + " bucket, key_prefix, waiting";

    private final LocalDatabase database;

    public SqliteReviewStore(LocalDatabase database) {
        this.database = database;
    }

    @Override
    public void keep(Collection<Review> reviews, RecordPlace place, boolean waiting) throws IOException {
        database.write(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT OR IGNORE INTO review(" + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (Review review : reviews) {
                    Review.Identity id = review.identity();
                    insert.setString(1, id.sessionId());
                    insert.setString(2, id.reviewerKey());
                    insert.setString(3, id.at().toString());
                    insert.setString(4, id.round().wireName());
                    insert.setString(5, review.reviewer());
                    insert.setString(6, review.label().wireName());
                    insert.setString(7, JSON.writeValueAsString(review.flags().stream().map(QualityFlag::wireName)
                            .toList()));
                    insert.setString(8, review.note().orElse(null));
                    insert.setString(9, place.bucket());
                    insert.setString(10, place.prefix());
                    insert.setInt(11, waiting ? 1 : 0);
                    insert.addBatch();
                }
                insert.executeBatch();
            } catch (JacksonException impossible) {
                throw new IllegalStateException(impossible);
            }
            return null;
        });
    }

    @Override
    public void written(Collection<Review.Identity> reviews) throws IOException {
        database.write(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE review SET waiting = 0"
                    + " WHERE session_id = ? AND reviewer_key = ? AND reviewed_at = ? AND round = ?")) {
                for (Review.Identity id : reviews) {
                    update.setString(1, id.sessionId());
                    update.setString(2, id.reviewerKey());
                    update.setString(3, id.at().toString());
                    update.setString(4, id.round().wireName());
                    update.addBatch();
                }
                update.executeBatch();
            }
            return null;
        });
    }

    @Override
    public List<Review> reviewsOf(Collection<String> sessionIds) throws IOException {
        Set<String> wanted = new java.util.HashSet<>();
        sessionIds.forEach(id -> wanted.add(id.toLowerCase(Locale.ROOT)));
        return all().stream().filter(r -> wanted.contains(r.sessionId().toLowerCase(Locale.ROOT))).toList();
    }

    @Override
    public List<Review> all() throws IOException {
        return database.read(connection -> rows(connection, "SELECT " + COLUMNS
                + " FROM review ORDER BY reviewed_at, session_id, reviewer_key")).stream()
                .map(Waiting::review).toList();
    }

    @Override
    public List<Waiting> waiting() throws IOException {
        return database.read(connection -> rows(connection, "SELECT " + COLUMNS
                + " FROM review WHERE waiting = 1 ORDER BY reviewed_at, session_id, reviewer_key"));
    }

    private static List<Waiting> rows(Connection connection, String sql) throws SQLException {
        List<Waiting> found = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql); ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                read(rows).ifPresent(found::add);
            }
        }
        return found;
    }

    private static Optional<Waiting> read(ResultSet row) throws SQLException {
        Optional<ReviewLabel> label = ReviewLabel.fromWire(row.getString("label"));
        Optional<ReviewRound> round = ReviewRound.fromWire(row.getString("round"));
        if (label.isEmpty() || round.isEmpty()) {
            return Optional.empty();
        }
        Set<QualityFlag> flags = EnumSet.noneOf(QualityFlag.class);
        try {
            List<String> names = JSON.readValue(row.getString("flags"), new TypeReference<List<String>>() { });
            names.forEach(name -> QualityFlag.fromWire(name).ifPresent(flags::add));
            return Optional.of(new Waiting(new Review(row.getString("session_id"), label.get(), flags,
                    Optional.ofNullable(row.getString("note")), row.getString("reviewer"),
                    Instant.parse(row.getString("reviewed_at")), round.get()),
                    new RecordPlace(row.getString("bucket"), row.getString("key_prefix"))));
        } catch (JacksonException | IllegalArgumentException | java.time.DateTimeException unreadable) {
            return Optional.empty();
        }
    }
}
