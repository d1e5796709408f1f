package dev.livenessdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Without a display, the desktop says what to do in one line instead of JavaFX's "Unable to open DISPLAY" and a
 * stack trace; `mvn javafx:run` in an SSH session is the case (issue 23, item 16).
 */
class NoDisplayTest {

    @Test
    void aLinuxSessionWithoutDisplayIsToldWhatToDo() {
        assertThat(NoDisplay.reason(Map.of(), "Linux", "")).hasValueSatisfying(words -> assertThat(words)
                .startsWith("Liveness Desk needs a display").contains("xvfb-run -a mvn javafx:run")
                .contains("liveness-desk create"));
        assertThat(NoDisplay.reason(Map.of("DISPLAY", ":0"), "Linux", "")).isEmpty();
        assertThat(NoDisplay.reason(Map.of("WAYLAND_DISPLAY", "wayland-0"), "Linux", "")).isEmpty();
        assertThat(NoDisplay.reason(Map.of(), "Linux", "Monocle")).as("headless tests").isEmpty();
        assertThat(NoDisplay.reason(Map.of(), "Mac OS X", "")).isEmpty();
        assertThat(NoDisplay.reason(Map.of(), "Windows 11", "")).isEmpty();
    }

    @Test
    void theDesktopWithoutDisplayEndsWithTheWordsAndNoStackTrace() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "dev.livenessdesk.Main").directory(new File(System.getProperty("user.dir")));
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.environment().put("LIVENESS_DESK_SANDBOX", "1");
        Process desk = builder.start();
        desk.getOutputStream().close();
        String stderr = new String(desk.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(desk.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(desk.exitValue()).isEqualTo(1);
        assertThat(stderr.strip()).startsWith("Liveness Desk needs a display").doesNotContain("Exception")
                .doesNotContain("\tat ");
    }
}
