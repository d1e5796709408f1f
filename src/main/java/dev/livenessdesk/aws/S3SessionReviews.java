package dev.livenessdesk.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.livenessdesk.core.campaign.RecordPlace;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.failure.ServiceException;
import dev.livenessdesk.core.review.Review;
import dev.livenessdesk.core.review.SharedReviews;
import dev.livenessdesk.core.session.SessionIds;
import dev.livenessdesk.core.sharing.SessionRecord;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reviews in the session records of a bucket: appended with a conditional write (see {@link ConditionalRecordWrite}),
 * so two desks reviewing one session at once both keep theirs; read with the records' own listing of a prefix.
 */
public final class S3SessionReviews implements SharedReviews {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final AwsClients clients;
    private final ConnectionSettings connection;
    private final S3SessionRecords records;

    public S3SessionReviews(AwsClients clients, ConnectionSettings connection) {
        this.clients = clients;
        this.connection = connection;
        this.records = new S3SessionRecords(clients, connection);
    }

    @Override
    public void append(RecordPlace place, String sessionId, List<Review> reviews) throws ServiceException {
        String key = S3SessionRecords.keyFor(place.prefix(), sessionId);
        ConditionalRecordWrite.update(clients.s3(connection), connection, place.bucket(), key, current -> {
            ObjectNode record = current.orElseGet(() -> {
                ObjectNode fresh = JSON.createObjectNode();
                fresh.put("version", SessionRecord.CURRENT_VERSION);
                fresh.put("session_id", sessionId.toLowerCase(Locale.ROOT));
                return fresh;
            });
            return ReviewJson.appended(record, sessionId, reviews);
        });
    }

    @Override
    public ReviewScan readAll(String bucket, String prefix) throws ServiceException {
        List<Review> reviews = new ArrayList<>();
        int refused = 0;
        for (String key : records.recordKeys(bucket, prefix == null ? "" : prefix, new AtomicInteger())) {
            Optional<byte[]> bytes = records.bytesOf(bucket, key);
            Optional<String> sessionId = sessionIdOf(key);
            if (bytes.isEmpty() || sessionId.isEmpty()) {
                continue;
            }
            JsonNode list = reviewsIn(bytes.get());
            for (JsonNode element : list) {
                Optional<Review> review = ReviewJson.read(sessionId.get(), element);
                if (review.isPresent()) {
                    reviews.add(review.get());
                } else {
                    refused++;
                }
            }
        }
        return new ReviewScan(reviews, refused);
    }

    /** The session a record's key names: its folder, whatever the record's own fields claim. */
    private static Optional<String> sessionIdOf(String key) {
        String[] parts = key.split("/");
        String folder = parts.length >= 2 ? parts[parts.length - 2].toLowerCase(Locale.ROOT) : "";
        return SessionIds.isValid(folder) ? Optional.of(folder) : Optional.empty();
    }

    private static JsonNode reviewsIn(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        try {
            JsonNode node = JSON.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
            return node != null && node.path(ReviewJson.FIELD).isArray() ? node.get(ReviewJson.FIELD)
                    : JSON.createArrayNode();
        } catch (java.io.IOException damaged) {
            return JSON.createArrayNode();
        }
    }
}
