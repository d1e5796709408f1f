package dev.livenessdesk.checkpage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one browser choice of the desktop and the {@code check} command: LIVENESS_DESK_BROWSER first, then the
 * system's opener; an opener missing or ending with an error counts as not started and the next is tried; when
 * none started, the words say which were tried. Real processes: small scripts stand in for the browsers.
 */
class SystemBrowserTest {

    private static final URI PAGE = URI.create("http://127.0.0.1:40123/token/");

    @Test
    void theChosenBrowserCommandOpensThePageWithItsOwnArguments(@TempDir Path dir) throws Exception {
        Path seen = dir.resolve("seen.txt");
        Path browser = script(dir, "browser", "echo \"$@\" > '" + seen + "'");

        new SystemBrowser(Map.of(SystemBrowser.BROWSER_VARIABLE, browser + " --fake-camera"),
                List.of(List.of(dir.resolve("never-tried").toString())), Duration.ofSeconds(5)).open(PAGE);

        assertThat(Files.readString(seen).strip()).isEqualTo("--fake-camera " + PAGE);
    }

    @Test
    void aBrowserThatFailsIsPassedOverForTheSystemsOpener(@TempDir Path dir) throws Exception {
        Path seen = dir.resolve("seen.txt");
        Path failing = script(dir, "failing", "exit 4");
        Path opener = script(dir, "xdg-open", "echo \"$@\" > '" + seen + "'");

        new SystemBrowser(Map.of(SystemBrowser.BROWSER_VARIABLE, failing.toString()),
                List.of(List.of(opener.toString())), Duration.ofSeconds(5)).open(PAGE);

        assertThat(Files.readString(seen).strip()).isEqualTo(PAGE.toString());
    }

    @Test
    void anOpenerStillRunningAfterTheWaitHasStarted(@TempDir Path dir) throws Exception {
        Path stays = script(dir, "stays", "sleep 30");

        long started = System.nanoTime();
        new SystemBrowser(Map.of(), List.of(List.of(stays.toString())), Duration.ofMillis(300)).open(PAGE);

        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).isLessThan(10_000);
    }

    @Test
    void whenNoneStartedTheWordsSayWhatWasTriedAndWhatToDo(@TempDir Path dir) throws Exception {
        Path failing = script(dir, "xdg-open", "echo 'xdg-open: no method available' >&2; exit 3");

        assertThatThrownBy(() -> new SystemBrowser(Map.of(SystemBrowser.BROWSER_VARIABLE,
                dir.resolve("no-such-browser").toString()), List.of(List.of(failing.toString())),
                Duration.ofSeconds(5)).open(PAGE))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("No browser could be started (")
                .hasMessageContaining("no-such-browser: not found")
                .hasMessageContaining("xdg-open: ended with code 3")
                .hasMessageContaining("Open the address below in a browser")
                .hasMessageContaining("LIVENESS_DESK_BROWSER");
    }

    @Test
    void eachSystemHasItsOpener() {
        assertThat(SystemBrowser.openersFor("Linux")).containsExactly(List.of("xdg-open"));
        assertThat(SystemBrowser.openersFor("Mac OS X")).containsExactly(List.of("open"));
        assertThat(SystemBrowser.openersFor("Windows 11"))
                .containsExactly(List.of("rundll32", "url.dll,FileProtocolHandler"));
    }

    private static Path script(Path dir, String name, String body) throws IOException {
        Path script = dir.resolve(name);
        Files.writeString(script, "#!/usr/bin/env bash\n" + body + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script;
    }
}
