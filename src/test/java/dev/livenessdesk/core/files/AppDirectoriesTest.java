package dev.livenessdesk.core.files;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.nio.file.FileSystem;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The data folder by each OS's rules, with jimfs's Windows and macOS file systems standing in for theirs. */
class AppDirectoriesTest {

    @Test
    void windowsKeepsTheDataInAppDataRoaming() throws Exception {
        try (FileSystem windows = Jimfs.newFileSystem(Configuration.windows())) {
            assertThat(AppDirectories.dataDirectory(windows, Map.of("APPDATA", "C:\\Users\\ana\\AppData\\Roaming"),
                    "Windows 11", "C:\\Users\\ana").toString())
                    .isEqualTo("C:\\Users\\ana\\AppData\\Roaming\\Liveness Desk");
            assertThat(AppDirectories.dataDirectory(windows, Map.of(), "Windows 10", "C:\\Users\\ana").toString())
                    .isEqualTo("C:\\Users\\ana\\AppData\\Roaming\\Liveness Desk");
        }
    }

    @Test
    void macOsKeepsItInApplicationSupport() throws Exception {
        try (FileSystem mac = Jimfs.newFileSystem(Configuration.osX())) {
            assertThat(AppDirectories.dataDirectory(mac, Map.of("XDG_DATA_HOME", "/elsewhere"), "Mac OS X",
                    "/Users/ana").toString()).isEqualTo("/Users/ana/Library/Application Support/Liveness Desk");
        }
    }

    @Test
    void linuxFollowsXdgDataHome() throws Exception {
        try (FileSystem linux = Jimfs.newFileSystem(Configuration.unix())) {
            assertThat(AppDirectories.dataDirectory(linux, Map.of("XDG_DATA_HOME", "/data"), "Linux", "/home/ana")
                    .toString()).isEqualTo("/data/liveness-desk");
            assertThat(AppDirectories.dataDirectory(linux, Map.of(), "Linux", "/home/ana").toString())
                    .isEqualTo("/home/ana/.local/share/liveness-desk");
        }
    }
}
