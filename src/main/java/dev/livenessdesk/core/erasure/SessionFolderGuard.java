package dev.livenessdesk.core.erasure;

import dev.livenessdesk.core.session.SessionIds;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The one rule for what an erasure may delete: a key lies under {@code <prefix><sessionId>/}, where the session id
 * is well formed (a lowercase Face Liveness id) and one of the sessions the user chose. A prefix without a trailing
 * '/' also admits {@code <prefix>/<sessionId>/}, where the image views find a session too. Asked once when the
 * plan is made and again for every key right before each batch is sent.
 */
public final class SessionFolderGuard {

    private static final int ID_LENGTH = 36;

    private final String prefix;
    private final Set<String> sessionIds;

    public SessionFolderGuard(String prefix, Collection<String> sessionIds) {
        this.prefix = normalizePrefix(prefix);
        this.sessionIds = Set.copyOf(sessionIds);
        for (String id : this.sessionIds) {
            if (!SessionIds.isValid(id)) {
                throw new IllegalArgumentException("Not a session id: " + id);
            }
        }
    }

    /** "" and "/" both mean the whole bucket: every session folder at its top. */
    public static String normalizePrefix(String prefix) {
        if (prefix == null || prefix.isEmpty() || prefix.equals("/")) {
            return "";
        }
        return prefix;
    }

    /** True when the prefix is the whole bucket, which a purge must say in so many words. */
    public static boolean isWholeBucket(String prefix) {
        return normalizePrefix(prefix).isEmpty();
    }

    /** The folders a session's objects may be in, for a listing. */
    public static List<String> foldersOf(String prefix, String sessionId) {
        String given = normalizePrefix(prefix);
        Set<String> folders = new LinkedHashSet<>();
        folders.add(given + sessionId + "/");
        if (!given.isEmpty() && !given.endsWith("/")) {
            folders.add(given + "/" + sessionId + "/");
        }
        return List.copyOf(folders);
    }

    /** The session a key's folder names, when the key lies in a well-formed session folder under the prefix. */
    public static Optional<String> sessionOf(String prefix, String key) {
        String given = normalizePrefix(prefix);
        if (key == null || !key.startsWith(given)) {
            return Optional.empty();
        }
        String rest = key.substring(given.length());
        Optional<String> direct = leadingId(rest);
        if (direct.isPresent()) {
            return direct;
        }
        if (!given.isEmpty() && !given.endsWith("/") && rest.startsWith("/")) {
            return leadingId(rest.substring(1));
        }
        return Optional.empty();
    }

    private static Optional<String> leadingId(String rest) {
        if (rest.length() <= ID_LENGTH || rest.charAt(ID_LENGTH) != '/') {
            return Optional.empty();
        }
        String id = rest.substring(0, ID_LENGTH);
        return SessionIds.isValid(id) ? Optional.of(id) : Optional.empty();
    }

    /** Why this key must not be deleted; empty when it may. */
    public Optional<String> refusal(String key) {
        Optional<String> session = sessionOf(prefix, key);
        if (session.isEmpty()) {
            return Optional.of(ErasureWords.get("guard.outsideFolders", prefix.isEmpty() ? "/" : prefix));
        }
        if (!sessionIds.contains(session.get())) {
            return Optional.of(ErasureWords.get("guard.otherSession", session.get()));
        }
        return Optional.empty();
    }

    public String prefix() {
        return prefix;
    }

    public Set<String> sessionIds() {
        return sessionIds;
    }
}
