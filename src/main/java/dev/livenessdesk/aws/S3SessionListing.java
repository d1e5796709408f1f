package dev.livenessdesk.aws;

import dev.livenessdesk.aws.S3ErrorTranslator.S3Action;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.images.Page;
import dev.livenessdesk.core.failure.ServiceException;
import dev.livenessdesk.core.images.SessionFolder;
import dev.livenessdesk.core.images.SessionKeyLayout;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Lists the session folders under a prefix one page at a time with a '/' delimiter, so memory stays at one page
 * however many sessions the bucket holds.
 *
 * <p>Order: S3 lists keys in byte order and session ids are random, so no listing can give "newest first" across
 * pages. Within a page, when {@code lookUpTimes} is on, each folder's newest object time is fetched (one small
 * parallel listing per folder) and the page is sorted newest first; folders without a time keep S3's order.
 */
final class S3SessionListing {

    /** Per-folder time look-ups run a few at a time on daemon threads shared by every store. */
    private static final ExecutorService TIME_LOOKUPS = Executors.newFixedThreadPool(8, runnable -> {
        Thread thread = new Thread(runnable, "s3-session-times-" + Counter.NEXT.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });
    private static final int OBJECTS_PER_TIME_LOOKUP = 20;

    private final S3Client s3;
    private final ConnectionSettings connection;
    private final boolean lookUpTimes;

    S3SessionListing(S3Client s3, ConnectionSettings connection, boolean lookUpTimes) {
        this.s3 = s3;
        this.connection = connection;
        this.lookUpTimes = lookUpTimes;
    }

    Page<SessionFolder> page(String bucket, String prefix, Optional<String> pageToken, int pageSize)
            throws ServiceException {
        String given = prefix == null ? "" : prefix;
        int size = Math.max(1, pageSize);
        ListingPosition position = pageToken.map(ListingPosition::parse).orElse(ListingPosition.START);
        boolean descended = position.descended();
        String listed = descended ? given + "/" : given;
        Map<String, SessionFolder> found = new LinkedHashMap<>();
        ListObjectsV2Response response;
        do {
            response = list(bucket, listed, position, size);
            collect(bucket, listed, response, found);
            // "liveness" without its '/': the sessions are one level down, in "liveness/".
            if (!descended && found.isEmpty() && position.isStart() && canDescend(given, response)) {
                descended = true;
                listed = given + "/";
                response = list(bucket, listed, ListingPosition.START, size);
                collect(bucket, listed, response, found);
            }
            position = ListingPosition.continuation(descended, response.nextContinuationToken());
            // A page of only non-session folders says nothing to a user: keep going until one session shows.
        } while (found.isEmpty() && !position.isEnd());
        List<SessionFolder> items = new ArrayList<>(found.values());
        if (items.size() > size) {
            // Some S3 stand-ins ignore MaxKeys for common prefixes: cut the page here, resume after its last folder.
            items = new ArrayList<>(items.subList(0, size));
            position = ListingPosition.after(descended, items.get(size - 1).folderPrefix());
        }
        if (lookUpTimes && !items.isEmpty()) {
            items = newestFirst(withTimes(items));
        }
        return new Page<>(items, position.token());
    }

    /**
     * Where the next page starts, as one opaque token: whether the listing descended into "prefix/", and either
     * S3's continuation token or the folder to start after.
     */
    private record ListingPosition(boolean descended, char kind, String value) {
        static final ListingPosition START = new ListingPosition(false, 's', "");

        static ListingPosition parse(String token) {
            return new ListingPosition(token.charAt(0) == 'd', token.charAt(1), token.substring(2));
        }

        static ListingPosition continuation(boolean descended, String s3Token) {
            return s3Token == null ? new ListingPosition(descended, 'e', "")
                    : new ListingPosition(descended, 'c', s3Token);
        }

        /** Starts after every key of a folder: '0' is the character right after '/'. */
        static ListingPosition after(boolean descended, String folderPrefix) {
            return new ListingPosition(descended, 'a',
                    folderPrefix.substring(0, folderPrefix.length() - 1) + "0");
        }

        boolean isStart() {
            return kind == 's';
        }

        boolean isEnd() {
            return kind == 'e';
        }

        Optional<String> token() {
            return isEnd() ? Optional.empty() : Optional.of((descended ? "d" : "p") + kind + value);
        }

        void applyTo(ListObjectsV2Request.Builder request) {
            if (kind == 'c') {
                request.continuationToken(value);
            } else if (kind == 'a') {
                request.startAfter(value);
            }
        }
    }

    private ListObjectsV2Response list(String bucket, String prefix, ListingPosition position, int pageSize)
            throws ServiceException {
        ListObjectsV2Request.Builder request = ListObjectsV2Request.builder()
                .bucket(bucket).prefix(prefix).delimiter("/").maxKeys(pageSize);
        position.applyTo(request);
        try {
            return s3.listObjectsV2(request.build());
        } catch (SdkException e) {
            throw S3ErrorTranslator.translate(e, S3Action.LIST, bucket, prefix, connection);
        }
    }

    private static void collect(String bucket, String listed, ListObjectsV2Response response,
                                Map<String, SessionFolder> found) {
        for (CommonPrefix common : response.commonPrefixes()) {
            SessionKeyLayout.parse(listed, common.prefix())
                    .filter(key -> key.rest().isEmpty())
                    .ifPresent(key -> found.putIfAbsent(key.sessionId(),
                            new SessionFolder(bucket, key.sessionId(), key.folderPrefix(), Optional.empty())));
        }
    }

    private static boolean canDescend(String given, ListObjectsV2Response response) {
        return !given.isEmpty() && !given.endsWith("/")
                && response.commonPrefixes().stream().anyMatch(c -> c.prefix().equals(given + "/"));
    }

    private List<SessionFolder> withTimes(List<SessionFolder> folders) throws ServiceException {
        List<Future<Optional<Instant>>> times = new ArrayList<>();
        for (SessionFolder folder : folders) {
            times.add(TIME_LOOKUPS.submit(() -> newestObjectTime(folder)));
        }
        List<SessionFolder> timed = new ArrayList<>(folders.size());
        try {
            for (int i = 0; i < folders.size(); i++) {
                SessionFolder folder = folders.get(i);
                timed.add(new SessionFolder(folder.bucket(), folder.sessionId(), folder.folderPrefix(),
                        times.get(i).get()));
            }
            return timed;
        } catch (InterruptedException e) {
            times.forEach(f -> f.cancel(true));
            Thread.currentThread().interrupt();
            throw S3ErrorTranslator.cancelled(folders.get(0).bucket(), folders.get(0).folderPrefix(), e);
        } catch (ExecutionException | CancellationException e) {
            // A time is a nicety: without it the page keeps S3's order rather than failing.
            return folders;
        }
    }

    private Optional<Instant> newestObjectTime(SessionFolder folder) {
        ListObjectsV2Response objects = s3.listObjectsV2(ListObjectsV2Request.builder().bucket(folder.bucket())
                .prefix(folder.folderPrefix()).maxKeys(OBJECTS_PER_TIME_LOOKUP).build());
        return objects.contents().stream().map(S3Object::lastModified).filter(t -> t != null)
                .max(Comparator.naturalOrder());
    }

    private static List<SessionFolder> newestFirst(List<SessionFolder> folders) {
        List<SessionFolder> sorted = new ArrayList<>(folders);
        sorted.sort(Comparator.comparing((SessionFolder f) -> f.lastModified().orElse(Instant.MIN)).reversed());
        return sorted;
    }

    private static final class Counter {
        private static final AtomicInteger NEXT = new AtomicInteger();
    }
}
