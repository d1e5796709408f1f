package dev.livenessdesk.store;

import dev.livenessdesk.core.files.AppDirectories;
import dev.livenessdesk.core.files.AtomicFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;
import org.sqlite.util.OSInfo;

/**
 * Where sqlite-jdbc finds its native library. Left alone, it unpacks a fresh copy (1.1 MB and a lock file) into
 * the temporary folder at every start, and a killed run leaves both behind. Here the library is unpacked once into
 * the data folder, under the driver's version and this platform's name, and the driver is told to load it from
 * there ({@code org.sqlite.lib.path} and {@code org.sqlite.lib.name}). An app image that ships the library
 * unpacked sets those properties in its launcher, and they win. Where the data folder cannot take the library,
 * the driver does as it always did.
 */
final class SqliteNativeLibrary {

    static final String PATH_PROPERTY = "org.sqlite.lib.path";
    static final String NAME_PROPERTY = "org.sqlite.lib.name";

    private static boolean prepared;

    private SqliteNativeLibrary() {
    }

    /** Before the first connection of this process; later calls do nothing. */
    static synchronized void prepare() {
        if (prepared) {
            return;
        }
        prepared = true;
        String given = System.getProperty(PATH_PROPERTY);
        if (given != null && !given.isBlank()) {
            return;
        }
        String platform = OSInfo.getNativeLibFolderPathForCurrentOS();
        String name = LibraryLoaderUtil.getNativeLibName();
        Path folder = AppDirectories.dataDirectory().resolve("native")
                .resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion()).resolve(platform);
        try (InputStream packed = SQLiteJDBCLoader.class.getResourceAsStream(
                "/org/sqlite/native/" + platform + "/" + name)) {
            if (packed == null) {
                return;
            }
            byte[] library = packed.readAllBytes();
            Path unpacked = folder.resolve(name);
            if (!Files.isRegularFile(unpacked) || !Arrays.equals(Files.readAllBytes(unpacked), library)) {
                removeLeftovers(folder);
                AtomicFiles.write(unpacked, library);
            }
            System.setProperty(PATH_PROPERTY, folder.toString());
            System.setProperty(NAME_PROPERTY, name);
        } catch (IOException | RuntimeException cannot) {
            // A data folder that cannot be written: the driver unpacks its own copy, as it always did.
        }
    }

    /** Temporary files of an unpacking that was killed before its rename. */
    private static void removeLeftovers(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
