package dev.livenessdesk.ui.display;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livenessdesk.settings.DisplayChoice;
import dev.livenessdesk.settings.JsonPreferencesStore;
import dev.livenessdesk.ui.common.SynchronousTaskRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Display menu's choices: remembered in the preferences file, read back at the next start, kept in range. */
class DisplayViewModelTest {

    @TempDir
    Path folder;

    @Test
    void aChosenThemeAndTextSizeAreInThePreferencesFileAndComeBackAtTheNextStart() throws IOException {
        Path file = folder.resolve("preferences.json");
        DisplayViewModel first = new DisplayViewModel(new JsonPreferencesStore(file), new SynchronousTaskRunner(),
                false);
        assertThat(first.lookProperty().getValue()).isEqualTo(Look.LIGHT);
        assertThat(first.textSizeProperty().get()).isEqualTo(100);

        first.choose(Theme.DARK);
        first.largerText();
        first.largerText();

        assertThat(first.lookProperty().getValue()).isEqualTo(Look.DARK);
        assertThat(Files.readString(file)).contains("\"theme\" : \"dark\"").contains("\"textSize\" : 150");
        DisplayViewModel next = new DisplayViewModel(new JsonPreferencesStore(file), new SynchronousTaskRunner(),
                false);
        assertThat(next.themeProperty().get()).isEqualTo(Theme.DARK);
        assertThat(next.textSizeProperty().get()).isEqualTo(150);
    }

    @Test
    void textSizeStaysWithinItsSteps() throws IOException {
        DisplayViewModel display = new DisplayViewModel(new JsonPreferencesStore(folder.resolve("p.json")),
                new SynchronousTaskRunner(), false);
        display.smallerText();
        assertThat(display.textSizeProperty().get()).isEqualTo(100);
        for (int i = 0; i < 10; i++) {
            display.largerText();
        }
        assertThat(display.textSizeProperty().get()).isEqualTo(200);
        display.actualTextSize();
        assertThat(display.textSizeProperty().get()).isEqualTo(100);
        display.setTextSize(900);
        assertThat(display.textSizeProperty().get()).isEqualTo(200);
    }

    @Test
    void aHandEditedFileWithUnknownValuesStartsAsUsual() throws IOException {
        Path file = folder.resolve("preferences.json");
        Files.writeString(file, "{\"display\":{\"theme\":\"neon\",\"textSize\":500}}");
        DisplayViewModel display = new DisplayViewModel(new JsonPreferencesStore(file), new SynchronousTaskRunner(),
                false);
        assertThat(display.themeProperty().get()).isEqualTo(Theme.SYSTEM);
        assertThat(display.textSizeProperty().get()).isEqualTo(DisplayChoice.SMALLEST_TEXT);
    }

    @Test
    void followingTheSystemGivesHighContrastWhenTheSystemAsksForItAndLightOtherwise() throws IOException {
        JsonPreferencesStore preferences = new JsonPreferencesStore(folder.resolve("p.json"));
        assertThat(new DisplayViewModel(preferences, new SynchronousTaskRunner(), true).lookProperty().getValue())
                .isEqualTo(Look.HIGH_CONTRAST);
        assertThat(new DisplayViewModel(preferences, new SynchronousTaskRunner(), false).lookProperty().getValue())
                .isEqualTo(Look.LIGHT);
        DisplayViewModel chosen = new DisplayViewModel(preferences, new SynchronousTaskRunner(), true);
        chosen.choose(Theme.LIGHT);
        assertThat(chosen.lookProperty().getValue()).as("a chosen theme wins over the system").isEqualTo(Look.LIGHT);
    }

    @Test
    void theSystemAsksForHighContrastThroughGtkOrJavaFxsOwnSwitch() {
        assertThat(SystemContrast.asked(Map.of("GTK_THEME", "HighContrastInverse"), key -> null, () -> null)).isTrue();
        assertThat(SystemContrast.asked(Map.of(), key -> key.equals("com.sun.javafx.highContrastTheme") ? "BLACKONWHITE"
                : null, () -> null)).isTrue();
        assertThat(SystemContrast.asked(Map.of(), key -> null, () -> "High Contrast #1")).isTrue();
        assertThat(SystemContrast.asked(Map.of("GTK_THEME", "Adwaita:dark"), key -> null, () -> null)).isFalse();
    }
}
