package dev.livenessdesk.core.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Replaces a file so that a crash leaves either the old file or the new one, whole: the content goes to a
 * temporary file in the same folder, is forced to disk, and is renamed over the target. Every file this app keeps
 * (preferences, history, the SSO token cache) is written this way.
 */
public final class AtomicFiles {

    /** The last step of a write: puts the finished temporary file in place of the target. */
    @FunctionalInterface
    public interface Replacer {
        void replace(Path temporary, Path target) throws IOException;
    }

    /** An atomic rename where the file system has one, a plain replacing move otherwise. */
    public static final Replacer ATOMIC_RENAME = (temporary, target) -> {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException unsupported) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    };

    private AtomicFiles() {
    }

    public static void write(Path target, byte[] content) throws IOException {
        write(target, content, false, ATOMIC_RENAME);
    }

    /**
     * @param ownerOnly make the file readable by its owner only (0600, on Windows an owner-only ACL) before any byte
     *                  is written: for secrets
     * @param replacer  how the finished temporary file replaces the target (tests simulate a crash here)
     */
    public static void write(Path target, byte[] content, boolean ownerOnly, Replacer replacer) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp");
        try {
            if (ownerOnly) {
                OwnerOnly.restrict(temporary);
            }
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer bytes = ByteBuffer.wrap(content);
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                // On disk before the rename, so a power cut cannot leave a renamed but empty file.
                channel.force(true);
            }
            replacer.replace(temporary, target);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    public static boolean isPosix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
