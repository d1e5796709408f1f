package dev.livenessdesk.history;

import dev.livenessdesk.core.files.AtomicFiles;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * The history file on disk: read and replaced only while holding an exclusive lock on a sibling lock file, so
 * two app instances never interleave a read-modify-write; replaced by writing a temporary file in the same folder
 * and renaming it over the old one, so a crash leaves either the old file or the new one, whole.
 */
final class HistoryFile {

    /** Work done while the lock is held, on the sessions as the file holds them now. */
    @FunctionalInterface
    interface LockedWork<T> {
        T run(List<StoredSession> current) throws IOException;
    }

    // A FileLock guards against other processes only; threads of this JVM queue on this lock first.
    private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final Path file;
    private final Path lockFile;
    private final ObjectMapper json;
    private final Clock clock;
    private final AtomicFiles.Replacer replacer;
    private final Consumer<String> onDamaged;

    HistoryFile(Path file, ObjectMapper json, Clock clock, AtomicFiles.Replacer replacer, Consumer<String> onDamaged) {
        this.file = file.toAbsolutePath().normalize();
        this.lockFile = this.file.resolveSibling(this.file.getFileName() + ".lock");
        this.json = json;
        this.clock = clock;
        this.replacer = replacer;
        this.onDamaged = onDamaged;
    }

    Path path() {
        return file;
    }

    /** Runs the work on the file's current sessions while no other writer, here or in another app, can write. */
    <T> T locked(LockedWork<T> work) throws IOException {
        ReentrantLock threads = IN_PROCESS.computeIfAbsent(lockFile, path -> new ReentrantLock());
        threads.lock();
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock processes = channel.lock()) {
                return work.run(read());
            }
        } finally {
            threads.unlock();
        }
    }

    /** Replaces the file with these sessions; call only inside {@link #locked}. */
    void write(List<StoredSession> sessions) throws IOException {
        AtomicFiles.write(file, json.writerWithDefaultPrettyPrinter().writeValueAsBytes(HistoryDocument.of(sessions)),
                false, replacer);
    }

    private List<StoredSession> read() throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        byte[] content = Files.readAllBytes(file);
        if (new String(content, StandardCharsets.UTF_8).isBlank()) {
            return List.of();
        }
        try {
            HistoryDocument document = json.readValue(content, HistoryDocument.class);
            return document.sessions().stream().filter(s -> s != null && s.toEntry().isPresent()).toList();
        } catch (JacksonException damaged) {
            Path keptAs = moveAside();
            onDamaged.accept(HistoryMessages.get("history.damaged", keptAs.toString()));
            return List.of();
        }
    }

    private Path moveAside() throws IOException {
        String base = file.getFileName() + ".corrupt-" + STAMP.format(clock.instant());
        Path aside = file.resolveSibling(base);
        for (int n = 2; Files.exists(aside); n++) {
            aside = file.resolveSibling(base + "-" + n);
        }
        Files.move(file, aside);
        return aside;
    }
}
