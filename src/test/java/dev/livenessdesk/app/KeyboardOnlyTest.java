package dev.livenessdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livenessdesk.testsupport.FxWait;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole window in the sandbox, driven with the keyboard only: every mnemonic letter is used once and does what
 * it says, a session is created without the mouse, and every play of the "Play the check" strip is reached by its
 * letter.
 */
@ExtendWith(ApplicationExtension.class)
class KeyboardOnlyTest {

    private SandboxDesk desk;
    private Stage stage;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        desk = new SandboxDesk("keyboard-only");
        desk.show(stage);
    }

    @Stop
    void stop() {
        desk.close();
    }

    @Test
    void everyMnemonicLetterIsUsedOnce() {
        Map<Character, List<String>> byLetter = new HashMap<>();
        // A node can be reached twice (a tab's content is also a child of the tab pane's skin): count it once.
        for (Labeled labeled : new java.util.LinkedHashSet<>(mnemonics(stage.getScene().getRoot(), new ArrayList<>()))) {
            String text = labeled.getText();
            char letter = Character.toUpperCase(text.charAt(text.indexOf('_') + 1));
            byLetter.computeIfAbsent(letter, key -> new ArrayList<>()).add(text);
        }

        assertThat(byLetter).isNotEmpty();
        // The same action may sit on two tabs (Run the check on the form's card and on the Result tab): one letter,
        // one action; only one of them is ever showing.
        assertThat(byLetter.values()).allSatisfy(texts -> assertThat(texts.stream().distinct())
                .as("one letter, one action").hasSize(1));
        assertThat(byLetter).containsKeys('B', 'K', 'A', 'R', 'C', 'S', 'L', 'P', 'D', 'F');
    }

    @Test
    void aSessionIsCreatedAndEveryPlayOfTheStripIsReachedWithTheKeyboardOnly(FxRobot robot) throws TimeoutException {
        FxWait.until(20, () -> text(robot, "#connectionBar #identityLabel").startsWith("us-east-1"));

        alt(robot, KeyCode.B);
        assertThat(robot.lookup("#bucketField").query().isFocused()).isTrue();
        robot.write("qa-liveness-audit");
        alt(robot, KeyCode.K);
        robot.write("desk/");
        alt(robot, KeyCode.A);
        robot.push(KeyCode.CONTROL, KeyCode.A).write("2");

        String previous = "";
        for (KeyCode play : List.of(KeyCode.L, KeyCode.P, KeyCode.D)) {
            if (!previous.isEmpty()) {
                // The form folded away once the session was created: Ctrl+N brings it back for the next one.
                robot.push(KeyCode.CONTROL, KeyCode.N);
                FxWait.until(20, () -> robot.lookup("#bucketField").query().isFocused());
            }
            alt(robot, KeyCode.C);
            String before = previous;
            FxWait.until(20, () -> !field(robot, "#sessionIdField").isEmpty() && !field(robot, "#sessionIdField").equals(before));
            previous = field(robot, "#sessionIdField");
            FxWait.until(20, () -> "CREATED".equals(text(robot, "#statusBadge")));

            alt(robot, KeyCode.S);
            FxWait.until(20, () -> "IN_PROGRESS".equals(text(robot, "#statusBadge")));
            alt(robot, play);
            FxWait.until(20, () -> "SUCCEEDED".equals(text(robot, "#statusBadge")));
            if (play == KeyCode.L) {
                assertThat(text(robot, "#verdictBadge")).startsWith("PASS");
            } else if (play == KeyCode.P) {
                assertThat(text(robot, "#verdictBadge")).startsWith("FAIL");
            }
        }
    }

    @Test
    void theFocusedAdvancedHeaderAndCreateButtonShowARing(FxRobot robot) {
        TitledPane advanced = robot.lookup("#advancedPane").queryAs(TitledPane.class);
        robot.interact(advanced::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        Node title = advanced.lookup(".title");
        assertThat(((javafx.scene.layout.Region) title).getBorder()).isNotNull();
        assertThat(((javafx.scene.layout.Region) title).getBorder().getStrokes()).isNotEmpty();

        Node create = robot.lookup("#createButton").query();
        robot.interact(create::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.layout.Border ring = ((javafx.scene.layout.Region) create).getBorder();
        assertThat(ring).isNotNull();
        assertThat(ring.getStrokes()).anySatisfy(stroke -> assertThat(stroke.getWidths().getTop()).isGreaterThanOrEqualTo(2));
    }

    private static List<Labeled> mnemonics(Parent parent, List<Labeled> found) {
        for (Node child : parent.getChildrenUnmodifiable()) {
            if (child instanceof Labeled labeled && labeled.isMnemonicParsing() && labeled.getText() != null
                    && labeled.getText().matches(".*_[\\p{Alnum}].*")) {
                found.add(labeled);
            }
            if (child instanceof TitledPane pane && pane.getContent() instanceof Parent content) {
                mnemonics(content, found);
            }
            if (child instanceof javafx.scene.control.TabPane tabs) {
                tabs.getTabs().forEach(tab -> {
                    if (tab.getContent() instanceof Parent content) {
                        mnemonics(content, found);
                    }
                });
            }
            if (child instanceof javafx.scene.control.ScrollPane scroll && scroll.getContent() instanceof Parent content) {
                mnemonics(content, found);
            }
            if (child instanceof Parent nested) {
                mnemonics(nested, found);
            }
        }
        return found;
    }

    private static void alt(FxRobot robot, KeyCode letter) {
        robot.push(KeyCode.ALT, letter);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String query) {
        return String.valueOf(((Labeled) robot.lookup(query).query()).getText());
    }

    private static String field(FxRobot robot, String query) {
        return ((TextInputControl) robot.lookup(query).query()).getText();
    }
}
