package dev.livenessdesk.core.history;

import dev.livenessdesk.core.session.CreatedSession;
import dev.livenessdesk.core.session.SessionResults;


import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The sessions created on this desktop, kept between runs. Every method blocks on the disk: call it off the
 * FX thread. Safe from several threads and from several app instances sharing the same file.
 */
public interface SessionHistoryStore {

    /** Records a session just created; for an id already kept (a reused request token) its last status stays. */
    HistoryEntry add(CreatedSession session, Optional<String> profile) throws IOException;

    /** Notes the latest results of a kept session; empty when the session is not in the history. */
    Optional<HistoryEntry> updateResult(String sessionId, SessionResults results) throws IOException;

    /** Forgets these sessions on this computer only; the service and S3 keep theirs. */
    void remove(Collection<String> sessionIds) throws IOException;

    /** Every kept session, newest first. */
    List<HistoryEntry> list() throws IOException;

    /** Writes these entries to a file a user asked for. */
    void export(List<HistoryEntry> entries, HistoryExportFormat format, Path target) throws IOException;

    /**
     * What to tell the user about where the history is kept: a damaged file moved aside (then a new one was
     * started), or a history shown read-only whose new sessions are not remembered; empty when all is well.
     */
    Optional<String> damagedFileNotice();
}
