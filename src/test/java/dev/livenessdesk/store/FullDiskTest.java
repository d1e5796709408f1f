package dev.livenessdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full disk, for real: the data folder is a tmpfs of a few hundred kilobytes that the child desk mounts in its
 * own user and mount namespace (no root, as {@link ReadOnlyFolderTest}'s). The words name the full disk, at open
 * and during a write, and what was committed before stays listed.
 */
class FullDiskTest {

    @TempDir
    Path folder;

    @Test
    void aWriteOnAFullDiskSaysTheDiskIsFullAndKeepsWhatWasCommitted() throws Exception {
        List<String> seen = run(1024, false, "fill");

        assertThat(seen).first().isEqualTo("REMEMBERS true");
        int added = Integer.parseInt(line(seen, "ADDED "));
        assertThat(added).as("sessions kept before the disk filled").isPositive();
        assertThat(line(seen, "FAILED ")).isEqualTo("The disk holding your history " + folder.resolve(
                LocalDatabase.FILE_NAME) + " is full: this change was not saved. Free some space on that disk and"
                + " try again.");
        assertThat(Integer.parseInt(line(seen, "LISTED "))).isEqualTo(added);
    }

    @Test
    void openingOnAFullDiskSaysTheDiskIsFullNotThatTheFolderIsReadOnly() throws Exception {
        List<String> seen = run(512, true, "probe");

        assertThat(seen).containsExactly("REMEMBERS false",
                "NOTICE The disk holding " + folder + " is full: your history is shown, but sessions you create now"
                        + " are not remembered after you close the app. Free some space on that disk to keep them.",
                "BEFORE ", "AFTER 1");
    }

    private List<String> run(int kilobytes, boolean fill, String what) throws Exception {
        assumeTrue(ChildJvm.canMountSmallDisk(), "this machine cannot mount a tmpfs in a user namespace");
        return ChildJvm.outputOf(ChildJvm.startOnSmallDisk(folder, kilobytes, fill, what, folder.toString()));
    }

    private static String line(List<String> lines, String prefix) {
        return lines.stream().filter(l -> l.startsWith(prefix)).findFirst().map(l -> l.substring(prefix.length()))
                .orElseThrow(() -> new AssertionError("no line " + prefix + " in " + lines));
    }
}
