package dev.livenessdesk.ui.campaign;

import dev.livenessdesk.core.campaign.CampaignSession;
import dev.livenessdesk.core.campaign.CampaignStore;
import dev.livenessdesk.core.campaign.Expectation;
import dev.livenessdesk.core.campaign.InMemoryCampaignStore;
import dev.livenessdesk.core.campaign.RecordPlace;
import dev.livenessdesk.core.campaign.Scenario;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.failure.ServiceException;
import dev.livenessdesk.core.sharing.SessionRecord;
import dev.livenessdesk.core.sharing.SessionRecords;
import dev.livenessdesk.ui.common.TaskHandle;
import dev.livenessdesk.ui.common.TaskRunner;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Keeps each campaign session's team record in its bucket, next to its images, in step with the session: written
 * when the form tags a session (where the user agreed for that bucket) and again as it changes (its final result,
 * a retag, an exclusion). Where a record lives is kept in the store, so a session created before a restart, by the
 * command line, or opened from the bucket is rewritten too. A rewrite starts from the record as stored, so what a
 * teammate's desk put there stays, and states what the session's scenario expects now. One write per session at
 * a time, the latest state last, so a slow first write never overwrites the result. A failed write is a line under
 * the tab; the local change is already kept by then. FX thread only; the store and S3 go through the TaskRunner.
 */
public final class RecordSharing {

    /** Where a session's record goes, and the port that writes it. */
    private record Target(SessionRecords records, RecordPlace place) {
    }

    /** No sharing at all: what the Campaign tab does until the app hands it a real one (and in the sandbox). */
    static final RecordSharing NONE = new RecordSharing(null, connection -> Optional.empty(), SharingConsent.NEVER,
            new InMemoryCampaignStore(), () -> null);

    private final TaskRunner tasks;
    private final Function<ConnectionSettings, Optional<SessionRecords>> recordsFor;
    private final SharingConsent consent;
    private final CampaignStore store;
    private final Supplier<ConnectionSettings> currentConnection;
    private final Map<String, Target> targets = new HashMap<>();
    /** Sessions just tagged here, whose record is not in the bucket yet: their first write has nothing to read. */
    private final Map<String, SessionRecord> newRecords = new HashMap<>();
    private final Set<String> placesToKeep = new HashSet<>();
    /** Sessions whose record's place is being looked up, and whether the tester changed one meanwhile. */
    private final Map<String, Boolean> lookingUp = new HashMap<>();
    private final Map<String, TaskHandle> writing = new HashMap<>();
    private final Map<String, CampaignSession> waiting = new HashMap<>();
    private Consumer<String> say = text -> { };

    /**
     * @param recordsFor        the backend's records for a connection; empty where there is no S3 (the sandbox)
     * @param consent           the once-per-bucket answer
     * @param store             where each record's place is kept, and the campaign's scenarios
     * @param currentConnection the connection the app uses now, for records of sessions tagged before this run
     */
    public RecordSharing(TaskRunner tasks, Function<ConnectionSettings, Optional<SessionRecords>> recordsFor,
                         SharingConsent consent, CampaignStore store, Supplier<ConnectionSettings> currentConnection) {
        this.tasks = tasks;
        this.recordsFor = Objects.requireNonNull(recordsFor);
        this.consent = Objects.requireNonNull(consent);
        this.store = Objects.requireNonNull(store);
        this.currentConnection = Objects.requireNonNull(currentConnection);
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
        if (records.isEmpty() || !consent.agreed(bucket.get())) {
            return;
        }
        String id = session.sessionId();
        targets.put(id, new Target(records.get(), new RecordPlace(bucket.get(), prefix)));
        newRecords.put(id, SessionRecord.of(session, expectation));
        placesToKeep.add(id);
        write(session);
    }

    /** The tester retagged or excluded a session: its record is rewritten, asking first for a bucket never asked. */
    void changedByTester(CampaignSession session) {
        changed(session, true);
    }

    /**
     * The service's answer changed a session: its record is rewritten where the user already agreed; a bucket
     * never asked about is not asked about now, since nobody clicked anything.
     */
    void resultArrived(CampaignSession session) {
        changed(session, false);
    }

    private void changed(CampaignSession session, boolean mayAsk) {
        String id = session.sessionId();
        if (targets.containsKey(id)) {
            write(session);
            return;
        }
        if (lookingUp.containsKey(id)) {
            waiting.put(id, session);
            lookingUp.merge(id, mayAsk, Boolean::logicalOr);
            return;
        }
        ConnectionSettings connection = currentConnection.get();
        Optional<SessionRecords> records = connection == null ? Optional.empty()
                : recordsFor.apply(session.region().isEmpty() ? connection : connection.withRegion(session.region()));
        if (records.isEmpty()) {
            return;
        }
        lookingUp.put(id, mayAsk);
        tasks.job(context -> store.recordPlace(id)).onSuccess(place -> {
            boolean byTester = Boolean.TRUE.equals(lookingUp.remove(id));
            CampaignSession latest = Optional.ofNullable(waiting.remove(id)).orElse(session);
            if (place.isPresent() && mayWrite(place.get(), latest, byTester)) {
                targets.put(id, new Target(records.get(), place.get()));
                write(latest);
            }
        }).onFailure(error -> {
            lookingUp.remove(id);
            waiting.remove(id);
            say.accept(CampaignText.get("message.placeUnknown", CampaignText.shortId(id),
                    CampaignText.reason(error)));
        }).start();
    }

    private boolean mayWrite(RecordPlace place, CampaignSession session, boolean mayAsk) {
        Optional<Boolean> known = consent.known(place.bucket());
        boolean agreed = known.isPresent() ? known.get() : mayAsk && consent.agreed(place.bucket());
        if (!agreed && mayAsk) {
            say.accept(CampaignText.get("message.notRewritten", CampaignText.shortId(session.sessionId()),
                    "s3://" + place.bucket()));
        }
        return agreed;
    }

    private void write(CampaignSession session) {
        String id = session.sessionId();
        TaskHandle running = writing.get(id);
        if (running != null && !running.isDone()) {
            waiting.put(id, session);
            return;
        }
        Target target = targets.get(id);
        SessionRecord fresh = newRecords.remove(id);
        boolean keepPlace = placesToKeep.remove(id);
        writing.put(id, tasks.job(context -> {
            if (keepPlace) {
                store.keepRecordPlace(id, target.place());
            }
            return rewrite(target, fresh, session);
        }).onSuccess(written -> next(id)).onFailure(error -> {
            if (keepPlace) {
                placesToKeep.add(id);
            }
            if (fresh != null) {
                newRecords.putIfAbsent(id, fresh);
            }
            say.accept(CampaignText.get("message.shareFailed", CampaignText.shortId(id),
                    "s3://" + target.place().bucket(), error instanceof ServiceException failure
                            ? failure.error().fullText() : CampaignText.reason(error)));
            next(id);
        }).onCancelled(() -> next(id)).start());
    }

    /**
     * Off the FX thread: the record as the bucket holds it now (read each time, so fields a teammate's desk added
     * since, and the tester, stay; a new session's own first record needs no read), about the session's latest
     * state and what its scenario presents now.
     */
    private SessionRecord rewrite(Target target, SessionRecord fresh, CampaignSession session)
            throws ServiceException, IOException {
        RecordPlace place = target.place();
        Optional<SessionRecord> stored = fresh != null ? Optional.of(fresh)
                : target.records().read(place.bucket(), place.prefix(), session.sessionId());
        Optional<Expectation> expected = store.campaign(session.campaignName())
                .flatMap(campaign -> campaign.scenario(session.scenarioName())).map(Scenario::expectation)
                .or(() -> stored.map(SessionRecord::expectation));
        if (expected.isEmpty()) {
            throw new IOException(CampaignText.get("message.noScenario", session.scenarioName(),
                    session.campaignName()));
        }
        SessionRecord record = stored.map(r -> r.with(session, expected.get()))
                .orElseGet(() -> SessionRecord.of(session, expected.get()));
        target.records().write(place.bucket(), place.prefix(), record);
        return record;
    }

    private void next(String id) {
        writing.remove(id);
        CampaignSession later = waiting.remove(id);
        if (later != null) {
            write(later);
        }
    }
}
