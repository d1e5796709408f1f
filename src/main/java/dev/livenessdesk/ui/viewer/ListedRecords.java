package dev.livenessdesk.ui.viewer;

import dev.livenessdesk.core.VisibleText;
import dev.livenessdesk.core.campaign.CampaignSession;
import dev.livenessdesk.core.sharing.SessionRecord;
import dev.livenessdesk.core.sharing.SessionRecords;
import dev.livenessdesk.ui.common.NewestRequest;
import dev.livenessdesk.ui.common.TaskRunner;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.HashMap;
import java.util.Map;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * The campaign records found under the listed prefix, by session id, so the session list can show a teammate's
 * status, confidence and scenario beside each id. Read in the background after a listing (the newest request
 * wins); a bucket without records, or one whose records cannot be read, shows nothing extra: the records are an
 * addition to the listing, never a reason it fails. FX thread only.
 */
final class ListedRecords {

    private final NewestRequest reading;
    private final ResourceBundle words;
    private final Map<String, SessionRecord> bySession = new HashMap<>();
    private final ReadOnlyIntegerWrapper changes = new ReadOnlyIntegerWrapper(this, "changes");

    ListedRecords(TaskRunner tasks, ResourceBundle words) {
        this.reading = new NewestRequest(tasks);
        this.words = words;
    }

    /** Drops what was shown and reads the records under this prefix, when the backend has records at all. */
    void read(Optional<SessionRecords> records, String bucket, String prefix) {
        clear();
        if (records.isEmpty() || bucket.isEmpty()) {
            return;
        }
        SessionRecords from = records.get();
        reading.job(context -> from.readAll(bucket, prefix)).onSuccess(scan -> {
            scan.records().forEach(record -> bySession.put(record.session().sessionId(), record));
            changes.set(changes.get() + 1);
        }).start();
    }

    void clear() {
        reading.cancel();
        if (!bySession.isEmpty()) {
            bySession.clear();
            changes.set(changes.get() + 1);
        }
    }

    /** Counts up once per read that arrived (or per clear): the list redraws its rows, once, not per record. */
    ReadOnlyIntegerProperty changesProperty() {
        return changes.getReadOnlyProperty();
    }

    /** "SUCCEEDED · 91.3 · Printed A4" for a session with a record; empty without one. */
    Optional<String> lineOf(String sessionId) {
        // A teammate's record: its status and scenario are shown with their control characters visible.
        return Optional.ofNullable(bySession.get(sessionId)).map(SessionRecord::session).map(this::line)
                .map(VisibleText::of);
    }

    private String line(CampaignSession session) {
        return session.confidence()
                .map(c -> MessageFormat.format(words.getString("sessions.record"), session.rawStatus(),
                        String.format(Locale.ROOT, "%.1f", c), session.scenarioName()))
                .orElseGet(() -> MessageFormat.format(words.getString("sessions.record.noScore"),
                        session.rawStatus(), session.scenarioName()));
    }
}
