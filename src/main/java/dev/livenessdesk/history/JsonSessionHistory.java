package dev.livenessdesk.history;

import dev.livenessdesk.core.files.AtomicFiles;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.livenessdesk.core.files.AppDirectories;
import dev.livenessdesk.core.session.CreatedSession;
import dev.livenessdesk.core.history.HistoryEntry;
import dev.livenessdesk.core.history.HistoryExportFormat;
import dev.livenessdesk.core.history.SessionHistoryStore;
import dev.livenessdesk.core.session.SessionResults;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The history as a JSON file in the user's data folder. Every change re-reads the file under the lock and
 * merges by session id before writing, so sessions added by another app instance in the meantime stay.
 */
public final class JsonSessionHistory implements SessionHistoryStore {

    public static final String FILE_NAME = "history.json";

    private static final Comparator<HistoryEntry> NEWEST_FIRST =
            Comparator.comparing(HistoryEntry::createdAt).reversed().thenComparing(HistoryEntry::sessionId);

    private final HistoryFile file;
    private final HistoryExporter exporter;
    private final Clock clock;
    private volatile String damagedNotice;

    /** The history in {@link AppDirectories#dataDirectory()}. */
    public JsonSessionHistory() {
        this(AppDirectories.dataDirectory().resolve(FILE_NAME), Clock.systemUTC());
    }

    public JsonSessionHistory(Path file, Clock clock) {
        this(file, clock, AtomicFiles.ATOMIC_RENAME);
    }

    JsonSessionHistory(Path file, Clock clock, AtomicFiles.Replacer replacer) {
        ObjectMapper json = JsonMapper.builder().addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .build();
        this.clock = clock;
        this.file = new HistoryFile(file, json, clock, replacer, notice -> damagedNotice = notice);
        this.exporter = new HistoryExporter(json);
    }

    /** Where the history is kept. */
    public Path file() {
        return file.path();
    }

    @Override
    public HistoryEntry add(CreatedSession session, Optional<String> profile) throws IOException {
        HistoryEntry fresh = HistoryEntry.of(session, profile);
        return file.locked(current -> {
            Optional<HistoryEntry> known = find(current, session.sessionId());
            HistoryEntry merged = known.map(old -> old.withCreation(fresh)).orElse(fresh);
            file.write(upsert(current, merged));
            return merged;
        });
    }

    @Override
    public Optional<HistoryEntry> updateResult(String sessionId, SessionResults results) throws IOException {
        return file.locked(current -> {
            Optional<HistoryEntry> updated = find(current, sessionId)
                    .map(entry -> entry.withResult(results, clock.instant()));
            if (updated.isPresent()) {
                file.write(upsert(current, updated.get()));
            }
            return updated;
        });
    }

    @Override
    public void remove(Collection<String> sessionIds) throws IOException {
        Set<String> gone = new HashSet<>(sessionIds);
        file.locked(current -> {
            List<StoredSession> kept = current.stream().filter(s -> !gone.contains(s.sessionId())).toList();
            if (kept.size() != current.size()) {
                file.write(kept);
            }
            return null;
        });
    }

    @Override
    public List<HistoryEntry> list() throws IOException {
        return file.locked(current -> current.stream().map(StoredSession::toEntry).flatMap(Optional::stream)
                .sorted(NEWEST_FIRST).toList());
    }

    @Override
    public void export(List<HistoryEntry> entries, HistoryExportFormat format, Path target) throws IOException {
        exporter.export(entries, format, target);
    }

    @Override
    public Optional<String> damagedFileNotice() {
        return Optional.ofNullable(damagedNotice);
    }

    private static Optional<HistoryEntry> find(List<StoredSession> sessions, String sessionId) {
        return sessions.stream().filter(s -> s.sessionId().equals(sessionId)).findFirst()
                .flatMap(StoredSession::toEntry);
    }

    private static List<StoredSession> upsert(List<StoredSession> sessions, HistoryEntry entry) {
        List<StoredSession> merged = new ArrayList<>(sessions.size() + 1);
        boolean replaced = false;
        for (StoredSession session : sessions) {
            if (session.sessionId().equals(entry.sessionId())) {
                merged.add(StoredSession.of(entry));
                replaced = true;
            } else {
                merged.add(session);
            }
        }
        if (!replaced) {
            merged.add(StoredSession.of(entry));
        }
        return merged;
    }
}
