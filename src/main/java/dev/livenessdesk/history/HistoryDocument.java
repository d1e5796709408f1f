package dev.livenessdesk.history;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** The whole history file: a format version, so a later app can migrate it, and the sessions. */
@JsonIgnoreProperties(ignoreUnknown = true)
record HistoryDocument(int version, List<StoredSession> sessions) {

    static final int CURRENT_VERSION = 1;

    HistoryDocument {
        sessions = sessions == null ? List.of() : List.copyOf(sessions);
    }

    static HistoryDocument of(List<StoredSession> sessions) {
        return new HistoryDocument(CURRENT_VERSION, sessions);
    }
}
