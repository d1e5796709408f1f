package dev.livenessdesk.aws;

import dev.livenessdesk.aws.S3ErrorTranslator.S3Action;
import dev.livenessdesk.core.DaemonThreads;
import dev.livenessdesk.core.campaign.RecordPlace;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.failure.ErrorKind;
import dev.livenessdesk.core.failure.ServiceException;
import dev.livenessdesk.core.images.S3Location;
import dev.livenessdesk.core.images.SessionKeyLayout;
import dev.livenessdesk.core.session.SessionIds;
import dev.livenessdesk.core.sharing.RecordScan;
import dev.livenessdesk.core.sharing.SessionRecord;
import dev.livenessdesk.core.sharing.SessionRecords;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Session records in S3: written with one PutObject into the session's folder, one read back with one GetObject
 * (so a rewrite keeps what a teammate put there), all of them read by one flat listing of the
 * prefix (a page per 1,000 keys, images included) and one GetObject per record, several at a time.
 */
public final class S3SessionRecords implements SessionRecords {

    /** Reads in flight at once: enough to hide S3's latency, few enough to stay polite to the bucket. */
    static final int PARALLEL_READS = 16;
    /** A record is a few hundred bytes; anything far larger under that name is not one. */
    private static final long MAX_RECORD_BYTES = 64 * 1024;
    private static final int LISTING_PAGE = 1000;

    private final AwsClients clients;
    private final ConnectionSettings connection;

    public S3SessionRecords(AwsClients clients, ConnectionSettings connection) {
        this.clients = clients;
        this.connection = connection;
    }

    /** Where this desk writes a session's record: the folder Rekognition uses for the same prefix. */
    static String keyFor(String prefix, String sessionId) {
        String given = prefix == null ? "" : prefix;
        String folder = given.isEmpty() || given.endsWith("/") ? given : given + "/";
        return folder + sessionId.toLowerCase(Locale.ROOT) + "/" + FILE_NAME;
    }

    @Override
    public void write(String bucket, String prefix, SessionRecord record) throws ServiceException {
        String key = keyFor(prefix, record.session().sessionId());
        // Conditional, keeping the reviews the stored record holds now: a review a teammate added since this desk
        // read the record is never written over.
        ConditionalRecordWrite.update(s3(), connection, bucket, key,
                current -> ReviewJson.carried(SessionRecordJson.tree(record), current));
    }

    /**
     * The place of a record found at this key: the prefix that gives back exactly this key, so a rewrite replaces
     * it; empty for a key this desk would not write (an id in capitals, letters before the id in its folder).
     */
    static Optional<RecordPlace> placeOf(String bucket, String key, String sessionId) {
        String tail = sessionId.toLowerCase(Locale.ROOT) + "/" + FILE_NAME;
        if (!key.endsWith(tail)) {
            return Optional.empty();
        }
        String prefix = key.substring(0, key.length() - tail.length());
        return keyFor(prefix, sessionId).equals(key) ? Optional.of(new RecordPlace(bucket, prefix)) : Optional.empty();
    }

    @Override
    public Optional<SessionRecord> read(String bucket, String prefix, String sessionId) throws ServiceException {
        String key = keyFor(prefix, sessionId);
        try {
            return readOne(bucket, key).map(FoundRecord::record);
        } catch (ServiceException failed) {
            if (failed.error().kind() == ErrorKind.NOT_FOUND) {
                return Optional.empty();
            }
            throw failed;
        }
    }

    @Override
    public RecordScan readAll(String bucket, String prefix) throws ServiceException {
        AtomicInteger calls = new AtomicInteger();
        List<String> keys = recordKeys(bucket, prefix == null ? "" : prefix, calls);
        List<FoundRecord> records = Collections.synchronizedList(new ArrayList<>());
        List<String> unreadable = Collections.synchronizedList(new ArrayList<>());
        ExecutorService readers = Executors.newFixedThreadPool(Math.max(1, Math.min(PARALLEL_READS, keys.size())),
                DaemonThreads.named("s3-record-reader"));
        try {
            List<Future<?>> reads = new ArrayList<>();
            for (String key : keys) {
                reads.add(readers.submit(() -> {
                    calls.incrementAndGet();
                    Optional<byte[]> bytes = bytesOf(bucket, key);
                    // A record that only holds reviews (of a session no campaign ran) is not a damaged one.
                    if (bytes.isEmpty() || !SessionRecordJson.holdsOnlyReviews(bytes.get())) {
                        bytes.flatMap(b -> parse(b, key)).ifPresentOrElse(records::add, () -> unreadable.add(key));
                    }
                    return null;
                }));
            }
            for (Future<?> read : reads) {
                read.get();
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw S3ErrorTranslator.cancelled(bucket, prefix, interrupted);
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof ServiceException service) {
                throw service;
            }
            throw new IllegalStateException(failed.getCause());
        } finally {
            readers.shutdownNow();
        }
        List<FoundRecord> sorted = new ArrayList<>(records);
        // By time, then id, then key: the same order (and the same place for a record found twice) on every desk.
        sorted.sort(java.util.Comparator.comparing((FoundRecord r) -> r.record().session().createdAt())
                .thenComparing(r -> r.record().session().sessionId()).thenComparing(FoundRecord::key));
        Map<String, RecordPlace> places = new HashMap<>();
        for (FoundRecord found : sorted) {
            String id = found.record().session().sessionId();
            placeOf(bucket, found.key(), id).ifPresent(place -> places.putIfAbsent(id, place));
        }
        List<String> unreadableSorted = new ArrayList<>(unreadable);
        Collections.sort(unreadableSorted);
        return new RecordScan(sorted.stream().map(FoundRecord::record).toList(), unreadableSorted, calls.get(),
                places);
    }

    /**
     * One record, or empty when it is not one (damaged, over the size cap, another shape, a newer species, a made-up
     * region, not its folder's id).
     * Access and network failures are thrown: they concern the whole bucket, not this record.
     */
    private Optional<FoundRecord> readOne(String bucket, String key) throws ServiceException {
        return bytesOf(bucket, key).flatMap(bytes -> parse(bytes, key));
    }

    /** The object's bytes; empty when it is over the size cap. */
    Optional<byte[]> bytesOf(String bucket, String key) throws ServiceException {
        try {
            return Optional.of(new S3ObjectReader(s3(), connection, MAX_RECORD_BYTES).read(new S3Location(bucket, key)));
        } catch (S3ObjectReader.TooLarge notARecord) {
            // One teammate's oversized object is that object's problem, not the report's: counted and named.
            return Optional.empty();
        }
    }

    private static Optional<FoundRecord> parse(byte[] bytes, String key) {
        try {
            SessionRecord record = SessionRecordJson.read(bytes);
            String id = record.session().sessionId();
            boolean inItsFolder = SessionIds.isValid(id) && key.toLowerCase(Locale.ROOT)
                    .endsWith(id.toLowerCase(Locale.ROOT) + "/" + FILE_NAME);
            return inItsFolder ? Optional.of(new FoundRecord(record, key)) : Optional.empty();
        } catch (IllegalArgumentException notARecord) {
            return Optional.empty();
        }
    }

    /** A record and the key it was read from. */
    private record FoundRecord(SessionRecord record, String key) {
    }

    List<String> recordKeys(String bucket, String prefix, AtomicInteger calls) throws ServiceException {
        List<String> keys = new ArrayList<>();
        String token = null;
        try {
            do {
                calls.incrementAndGet();
                ListObjectsV2Response page = s3().listObjectsV2(ListObjectsV2Request.builder().bucket(bucket)
                        .prefix(prefix).maxKeys(LISTING_PAGE).continuationToken(token).build());
                for (S3Object object : page.contents()) {
                    String key = object.key();
                    if (key.endsWith("/" + FILE_NAME) && SessionKeyLayout.parse(prefix, key).isPresent()) {
                        keys.add(key);
                    }
                }
                token = page.nextContinuationToken();
            } while (token != null);
        } catch (SdkException e) {
            throw S3ErrorTranslator.translate(e, S3Action.LIST, bucket, prefix, connection);
        }
        return keys;
    }

    private S3Client s3() {
        return clients.s3(connection);
    }
}
