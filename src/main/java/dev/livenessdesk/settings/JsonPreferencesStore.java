package dev.livenessdesk.settings;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.livenessdesk.core.files.AppDirectories;
import dev.livenessdesk.core.files.AtomicFiles;
import dev.livenessdesk.json.PrettyJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Preferences in a JSON file. A missing or unreadable file gives the defaults (the app must start anyway); a
 * write goes to a temporary file that replaces the old one in one atomic move, so a crash never leaves half a file.
 */
public final class JsonPreferencesStore implements PreferencesStore {

    public static final String FILE_NAME = "preferences.json";
    private static final Logger LOG = LoggerFactory.getLogger(JsonPreferencesStore.class);

    private final Path file;
    // A file written by a newer version may hold more than this one knows: keep what is understood.
    private final ObjectMapper mapper = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private UserPreferences current;

    public JsonPreferencesStore(Path file) {
        this.file = file;
    }

    /** The store in the user's data folder ({@link AppDirectories}). */
    public static JsonPreferencesStore inDataDirectory() {
        return new JsonPreferencesStore(AppDirectories.dataDirectory().resolve(FILE_NAME));
    }

    public Path file() {
        return file;
    }

    @Override
    public synchronized UserPreferences current() {
        if (current == null) {
            current = load();
        }
        return current;
    }

    @Override
    public synchronized void update(UnaryOperator<UserPreferences> change) {
        UserPreferences next = change.apply(current());
        try {
            write(next);
        } catch (IOException e) {
            LOG.warn("Could not save preferences to {}: {}", file, e.toString());
        }
        current = next;
    }

    private UserPreferences load() {
        try {
            UserPreferences loaded = mapper.readValue(Files.readAllBytes(file), UserPreferences.class);
            return loaded == null ? UserPreferences.defaults() : loaded;
        } catch (NoSuchFileException e) {
            return UserPreferences.defaults();
        } catch (IOException | RuntimeException e) {
            LOG.warn("Ignoring unreadable preferences in {} ({}); starting from defaults", file, e.toString());
            return UserPreferences.defaults();
        }
    }

    private void write(UserPreferences preferences) throws IOException {
        AtomicFiles.write(file, PrettyJson.writer(mapper).writeValueAsBytes(preferences));
    }
}
