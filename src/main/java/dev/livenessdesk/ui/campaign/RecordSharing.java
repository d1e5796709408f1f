package dev.livenessdesk.ui.campaign;

import dev.livenessdesk.core.campaign.CampaignSession;
import dev.livenessdesk.core.campaign.Expectation;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.failure.ServiceException;
import dev.livenessdesk.core.sharing.SessionRecord;
import dev.livenessdesk.core.sharing.SessionRecords;
import dev.livenessdesk.settings.PreferencesStore;
import dev.livenessdesk.ui.common.TaskHandle;
import dev.livenessdesk.ui.common.TaskRunner;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Writes the team record of each campaign session the form creates into its bucket, next to its images, when
 * the user agreed for that bucket: asked once per bucket, the answer kept in the preferences. The record is
 * written when the session is tagged and again as it changes (its final result, a retag, an exclusion); one
 * write per session at a time, the latest state last, so a slow first write never overwrites the result. A
 * failed write is a line under the tab; the local tag is already kept by then. FX thread only; the writes and
 * the preferences go through the TaskRunner.
 */
public final class RecordSharing {

    /** Where a session's record goes, and what its scenario presents. */
    private record Target(SessionRecords records, String bucket, String prefix, Expectation expectation) {
    }

    /** No sharing at all: what the Campaign tab does until the app hands it a real one (and in the sandbox). */
    static final RecordSharing NONE = new RecordSharing(null, connection -> Optional.empty(), null, bucket -> false);

    private final TaskRunner tasks;
    private final Function<ConnectionSettings, Optional<SessionRecords>> recordsFor;
    private final PreferencesStore preferences;
    private final ShareConfirmation confirmation;
    private final Map<String, Boolean> answered = new HashMap<>();
    private final Map<String, Target> targets = new HashMap<>();
    private final Map<String, TaskHandle> writing = new HashMap<>();
    private final Map<String, CampaignSession> waiting = new HashMap<>();
    private Consumer<String> say = text -> { };

    /**
     * @param recordsFor   the backend's records for a connection; empty where there is no S3 (the sandbox)
     * @param confirmation the once-per-bucket question
     */
    public RecordSharing(TaskRunner tasks, Function<ConnectionSettings, Optional<SessionRecords>> recordsFor,
                         PreferencesStore preferences, ShareConfirmation confirmation) {
        this.tasks = tasks;
        this.recordsFor = Objects.requireNonNull(recordsFor);
        this.preferences = preferences;
        this.confirmation = Objects.requireNonNull(confirmation);
    }

    /** Where the lines about failed writes go (the Campaign tab's message line). */
    void sayThrough(Consumer<String> line) {
        this.say = Objects.requireNonNull(line);
    }

    /** A session just tagged: shared when it has a bucket, the backend can write records, and the user agrees. */
    void tagged(CampaignSession session, ConnectionSettings connection, Optional<String> bucket, String prefix,
                Expectation expectation) {
        if (bucket.isEmpty() || bucket.get().isBlank()) {
            return;
        }
        Optional<SessionRecords> records = recordsFor.apply(connection);
        if (records.isEmpty() || !agreed(bucket.get())) {
            return;
        }
        targets.put(session.sessionId(), new Target(records.get(), bucket.get(), prefix == null ? "" : prefix,
                expectation));
        write(session);
    }

    /** A shared session changed (a result came in, it was retagged or excluded): its record is written again. */
    void changed(CampaignSession session) {
        if (targets.containsKey(session.sessionId())) {
            write(session);
        }
    }

    /** Whether this session's record is written to a bucket. */
    boolean isShared(String sessionId) {
        return targets.containsKey(sessionId);
    }

    private boolean agreed(String bucket) {
        Boolean known = answered.get(bucket);
        if (known == null && preferences != null) {
            known = preferences.current().recordSharingIn(bucket).orElse(null);
        }
        if (known == null) {
            boolean answer = confirmation.shareIn(bucket);
            known = answer;
            if (preferences != null) {
                tasks.job(context -> {
                    preferences.update(current -> current.withRecordSharing(bucket, answer));
                    return answer;
                }).start();
            }
        }
        answered.put(bucket, known);
        return known;
    }

    private void write(CampaignSession session) {
        String id = session.sessionId();
        TaskHandle running = writing.get(id);
        if (running != null && !running.isDone()) {
            waiting.put(id, session);
            return;
        }
        Target target = targets.get(id);
        SessionRecord record = SessionRecord.of(session, target.expectation());
        writing.put(id, tasks.job(context -> {
            target.records().write(target.bucket(), target.prefix(), record);
            return record;
        }).onSuccess(written -> next(id)).onFailure(error -> {
            say.accept(CampaignText.get("message.shareFailed", CampaignViewModel.shortId(id),
                    "s3://" + target.bucket(), error instanceof ServiceException failure
                            ? failure.error().fullText() : CampaignViewModel.reason(error)));
            next(id);
        }).onCancelled(() -> next(id)).start());
    }

    private void next(String id) {
        writing.remove(id);
        CampaignSession later = waiting.remove(id);
        if (later != null) {
            write(later);
        }
    }
}
