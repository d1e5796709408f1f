package dev.livenessdesk.aws;

import dev.livenessdesk.aws.S3ErrorTranslator.S3Action;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.failure.ServiceException;
import dev.livenessdesk.core.images.Page;
import dev.livenessdesk.core.images.PageTokenRefused;
import dev.livenessdesk.core.images.SessionFolder;
import dev.livenessdesk.core.images.SessionKeyLayout;
import dev.livenessdesk.core.images.SessionKeyLayout.SessionKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Lists the session folders under a prefix one page at a time from a flat listing of the keys, so that each
 * session's objects and their times come in the same answers: a page costs a bounded number of ListObjectsV2
 * calls whatever the bucket holds, never one call per session, and memory stays at one page.
 *
 * <p>S3 lists keys in byte order, so all keys of one folder arrive together and a folder is complete once a key
 * of the next one shows. Session ids are random, so no listing can give "newest first" across pages: within a
 * page, folders are sorted newest first by their newest object.
 *
 * <p>A session counts when its id segment sits directly under the prefix ({@code <prefix><id>/...} or, for a
 * prefix without its slash, {@code <prefix>/<id>/...}); deeper folders belong to other listings.
 */
final class S3SessionListing {

    /** Rekognition writes a reference and up to four audit images per session; a record or two may sit beside. */
    static final int OBJECTS_PER_SESSION_GUESS = 6;
    /** S3 answers at most 1,000 keys per call. */
    static final int MAX_KEYS_PER_CALL = 1000;
    /** A page never costs more calls than this, even in a folder full of other objects: the rest is one more page. */
    static final int MAX_CALLS_PER_PAGE = 10;

    private final S3Client s3;
    private final ConnectionSettings connection;

    S3SessionListing(S3Client s3, ConnectionSettings connection) {
        this.s3 = s3;
        this.connection = connection;
    }

    Page<SessionFolder> page(String bucket, String prefix, Optional<String> pageToken, int pageSize)
            throws ServiceException {
        String listed = prefix == null ? "" : prefix;
        int size = Math.max(1, pageSize);
        ListingPosition position = pageToken.isPresent() ? ListingPosition.parse(pageToken.get(), listed)
                : ListingPosition.START;
        int maxKeys = (int) Math.min(MAX_KEYS_PER_CALL, (long) size * OBJECTS_PER_SESSION_GUESS + 1);
        Map<String, FolderSoFar> found = new LinkedHashMap<>();
        for (int call = 0; call < MAX_CALLS_PER_PAGE; call++) {
            ListObjectsV2Response response = list(bucket, listed, position, maxKeys);
            for (S3Object object : response.contents()) {
                Optional<SessionKey> key = sessionDirectlyUnder(listed, object.key());
                if (key.isEmpty()) {
                    continue;
                }
                FolderSoFar folder = found.get(key.get().folderPrefix());
                if (folder == null) {
                    if (found.size() == size) {
                        // This key opens the folder after the page's last one: the page is complete.
                        return page(bucket, found, ListingPosition.after(last(found).folderPrefix));
                    }
                    folder = new FolderSoFar(key.get().sessionId(), key.get().folderPrefix());
                    found.put(folder.folderPrefix, folder);
                }
                folder.saw(object.lastModified());
            }
            if (response.nextContinuationToken() == null) {
                return page(bucket, found, ListingPosition.END);
            }
            position = ListingPosition.continuation(response.nextContinuationToken());
        }
        // Out of calls for this page: resume after the last folder seen, or where S3 left off if none was.
        return page(bucket, found, found.isEmpty() ? position : ListingPosition.after(last(found).folderPrefix));
    }

    private static Page<SessionFolder> page(String bucket, Map<String, FolderSoFar> found,
                                            ListingPosition next) {
        List<SessionFolder> items = new ArrayList<>(found.size());
        for (FolderSoFar folder : found.values()) {
            items.add(new SessionFolder(bucket, folder.sessionId, folder.folderPrefix,
                    Optional.ofNullable(folder.newest)));
        }
        items.sort(Comparator.comparing((SessionFolder f) -> f.lastModified().orElse(Instant.MIN)).reversed());
        return new Page<>(items, next.token());
    }

    private ListObjectsV2Response list(String bucket, String prefix, ListingPosition position, int maxKeys)
            throws ServiceException {
        ListObjectsV2Request.Builder request = ListObjectsV2Request.builder()
                .bucket(bucket).prefix(prefix).maxKeys(maxKeys);
        position.applyTo(request);
        try {
            return s3.listObjectsV2(request.build());
        } catch (SdkException e) {
            throw S3ErrorTranslator.translate(e, S3Action.LIST, bucket, prefix, connection);
        }
    }

    /** The session a key belongs to, when its id segment is the first folder under the prefix. */
    static Optional<SessionKey> sessionDirectlyUnder(String prefix, String key) {
        return SessionKeyLayout.parse(prefix, key).filter(parsed -> {
            String between = parsed.folderPrefix().substring(prefix.length(), parsed.folderPrefix().length() - 1);
            if (!prefix.isEmpty() && !prefix.endsWith("/") && between.startsWith("/")) {
                between = between.substring(1);
            }
            return between.indexOf('/') < 0;
        });
    }

    private static FolderSoFar last(Map<String, FolderSoFar> found) {
        FolderSoFar last = null;
        for (FolderSoFar folder : found.values()) {
            last = folder;
        }
        return last;
    }

    /** One folder while its keys are read: the newest object time seen so far. */
    private static final class FolderSoFar {
        final String sessionId;
        final String folderPrefix;
        Instant newest;

        FolderSoFar(String sessionId, String folderPrefix) {
            this.sessionId = sessionId;
            this.folderPrefix = folderPrefix;
        }

        void saw(Instant time) {
            if (time != null && (newest == null || time.isAfter(newest))) {
                newest = time;
            }
        }
    }

    /**
     * Where the next page starts, as one opaque token: S3's continuation token ('c') or the key to start after
     * ('a'). Tokens that this listing did not give out are refused in words, never with a stack trace.
     */
    record ListingPosition(char kind, String value) {
        static final ListingPosition START = new ListingPosition('s', "");
        static final ListingPosition END = new ListingPosition('e', "");

        static ListingPosition parse(String token, String prefix) throws ServiceException {
            if (token.length() >= 2 && token.charAt(0) == 'c') {
                return new ListingPosition('c', token.substring(1));
            }
            // A start-after key lies under the listed prefix: anything else was not made by this listing.
            if (token.length() >= 2 && token.charAt(0) == 'a' && token.startsWith(prefix, 1)) {
                return new ListingPosition('a', token.substring(1));
            }
            throw new PageTokenRefused(S3Messages.get("listing.token.invalid", prefix),
                    S3Messages.get("listing.token.invalid.next"), null);
        }

        static ListingPosition continuation(String s3Token) {
            return new ListingPosition('c', s3Token);
        }

        /** Starts after every key of a folder: '0' is the character right after '/'. */
        static ListingPosition after(String folderPrefix) {
            return new ListingPosition('a', folderPrefix.substring(0, folderPrefix.length() - 1) + "0");
        }

        Optional<String> token() {
            return kind == 'e' || kind == 's' ? Optional.empty() : Optional.of(kind + value);
        }

        void applyTo(ListObjectsV2Request.Builder request) {
            if (kind == 'c') {
                request.continuationToken(value);
            } else if (kind == 'a') {
                request.startAfter(value);
            }
        }
    }
}
