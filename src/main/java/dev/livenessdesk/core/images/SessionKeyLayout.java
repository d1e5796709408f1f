package dev.livenessdesk.core.images;

import dev.livenessdesk.core.session.SessionIds;
import dev.livenessdesk.core.sharing.SessionRecords;


import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the S3 keys Rekognition writes without assuming one file-name scheme, since AWS documents none (the
 * Face Liveness developer guide): a session is the first path segment after the prefix that is a 36-character
 * session id, and an image's role comes from its name ("reference", "audit", otherwise other).
 */
public final class SessionKeyLayout {

    // The service's id pattern, case-insensitive here since keys may carry an uppercased id.
    private static final Pattern SESSION_SEGMENT = Pattern.compile(
            "(?i)(?:^|/)(?:[^/]*?)?(" + SessionIds.PATTERN.pattern() + ")(?=/)");
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    private SessionKeyLayout() {
    }

    /** A key (or common prefix) split at its session: the folder up to and including the id segment, and the rest. */
    public record SessionKey(String sessionId, String folderPrefix, String rest) {
    }

    /**
     * Finds the session a key belongs to. The prefix may end in '/' or not, or be empty; the id may follow it
     * directly ({@code <prefix><id>/x}) or after more folders ({@code <prefix>/<id>/x}).
     */
    public static Optional<SessionKey> parse(String prefix, String key) {
        String safePrefix = prefix == null ? "" : prefix;
        if (key == null || !key.startsWith(safePrefix)) {
            return Optional.empty();
        }
        // Match from the prefix boundary so an id-shaped prefix is not mistaken for the session.
        String remainder = "/" + key.substring(safePrefix.length());
        Matcher matcher = SESSION_SEGMENT.matcher(remainder);
        if (!matcher.find()) {
            return Optional.empty();
        }
        int idEnd = safePrefix.length() - 1 + matcher.end(1);
        String folder = key.substring(0, idEnd + 1);
        return Optional.of(new SessionKey(matcher.group(1).toLowerCase(Locale.ROOT), folder,
                key.substring(Math.min(key.length(), idEnd + 1))));
    }

    /** The role of an object from its name below the session folder; case does not matter. */
    public static ImageKind kindOf(String restOfKey) {
        String name = restOfKey.toLowerCase(Locale.ROOT);
        if (name.contains("reference")) {
            return ImageKind.REFERENCE;
        }
        if (name.contains("audit")) {
            return ImageKind.AUDIT;
        }
        return ImageKind.OTHER;
    }

    /** A listed object before it gets its role and order. */
    public record ListedObject(String key, long sizeBytes, Instant lastModified) {
    }

    /**
     * Turns one session's listed objects into images: folder markers dropped, reference first, audits numbered
     * 1..n in natural key order (2 before 10), then the others.
     */
    public static List<StoredImage> toImages(String bucket, String prefix, String sessionId,
                                             List<ListedObject> objects) {
        List<StoredImage> reference = new ArrayList<>();
        List<ListedObject> audits = new ArrayList<>();
        List<StoredImage> others = new ArrayList<>();
        for (ListedObject object : objects) {
            if (object.key().endsWith("/")) {
                continue;
            }
            Optional<SessionKey> parsed = parse(prefix, object.key());
            if (parsed.isEmpty() || !parsed.get().sessionId().equals(sessionId)
                    || parsed.get().rest().endsWith(SessionRecords.FILE_NAME)) {
                // The team's record beside the images is not an image to show.
                continue;
            }
            ImageKind kind = kindOf(parsed.get().rest());
            switch (kind) {
                case REFERENCE -> reference.add(image(bucket, sessionId, object, kind, 0));
                case AUDIT -> audits.add(object);
                default -> others.add(image(bucket, sessionId, object, ImageKind.OTHER, 0));
            }
        }
        audits.sort(Comparator.comparing(ListedObject::key, SessionKeyLayout::naturalOrder));
        List<StoredImage> images = new ArrayList<>(reference);
        for (int i = 0; i < audits.size(); i++) {
            images.add(image(bucket, sessionId, audits.get(i), ImageKind.AUDIT, i + 1));
        }
        images.addAll(others);
        return images;
    }

    private static StoredImage image(String bucket, String sessionId, ListedObject object, ImageKind kind,
                                     int index) {
        return new StoredImage(new S3Location(bucket, object.key()), sessionId, kind, index, object.sizeBytes(),
                object.lastModified());
    }

    /** Compares keys so that embedded numbers sort by value: audit_2 before audit_10. */
    static int naturalOrder(String a, String b) {
        Matcher left = NUMBER.matcher(a);
        Matcher right = NUMBER.matcher(b);
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            boolean leftDigit = Character.isDigit(a.charAt(i));
            boolean rightDigit = Character.isDigit(b.charAt(j));
            if (leftDigit && rightDigit && left.find(i) && right.find(j)) {
                String l = left.group().replaceFirst("^0+(?=.)", "");
                String r = right.group().replaceFirst("^0+(?=.)", "");
                int order = l.length() != r.length() ? Integer.compare(l.length(), r.length()) : l.compareTo(r);
                if (order != 0) {
                    return order;
                }
                i = left.end();
                j = right.end();
            } else {
                int order = Character.compare(a.charAt(i), b.charAt(j));
                if (order != 0) {
                    return order;
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
