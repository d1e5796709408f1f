package dev.livenessdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livenessdesk.core.campaign.Expectation;
import dev.livenessdesk.testsupport.FxWait;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
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
 * Enter confirms the field being typed in: only the session form's own fields (and its button) create a session.
 * Every text field, spinner and choice of every tab of the window (the tab pane is walked, so a tab added later is
 * covered), and of the tabs inside those tabs, takes an Enter without a session being created; on AWS each one
 * would be a real CreateFaceLivenessSession.
 */
@ExtendWith(ApplicationExtension.class)
class EnterConfirmsTheFieldTest {

    private SandboxDesk desk;

    @Start
    void start(Stage stage) throws IOException {
        desk = new SandboxDesk("enter-confirms");
        desk.showAtDefaultSize(stage);
    }

    @Stop
    void stop() {
        desk.close();
    }

    @Test
    void enterInAnyFieldOutsideTheFormCreatesNoSession(FxRobot robot) throws TimeoutException {
        FxWait.until(20, () -> robot.lookup("#bucketField").tryQuery().isPresent());
        // A campaign with a scenario chosen: the Campaign tab's fields are live, and a session made now is tagged.
        robot.clickOn("#campaignTab");
        robot.clickOn("#newCampaignName").write("Pilot");
        robot.clickOn("#createCampaignButton");
        robot.clickOn("#newScenarioName").write("Live");
        ComboBox<Expectation> kind = robot.lookup("#expectationChoice").queryAs(ComboBox.class);
        robot.interact(() -> kind.setValue(Expectation.BONA_FIDE));
        robot.clickOn("#addScenarioButton");
        ComboBox<?> scenarios = robot.lookup("#scenarioChoice").queryAs(ComboBox.class);
        FxWait.until(20, () -> !scenarios.getItems().isEmpty());
        robot.interact(() -> scenarios.getSelectionModel().select(0));
        assertThat(desk.sessionsCreated()).isZero();
        // One session, made with Enter in the form's own field (the form shows beside the Result tab only).
        robot.clickOn("#resultsTab");
        robot.clickOn("#bucketField").write("qa-liveness-audit");
        robot.push(KeyCode.ENTER);
        FxWait.until(20, () -> desk.sessionsCreated() == 1);
        FxWait.until(20, () -> !robot.lookup("#sessionIdField").queryAs(TextInputControl.class).getText().isEmpty());
        String created = robot.lookup("#sessionIdField").queryAs(TextInputControl.class).getText();

        TabPane tabs = robot.lookup("#workspaceTabs").queryAs(TabPane.class);
        List<String> pressed = new ArrayList<>();
        for (Tab tab : List.copyOf(tabs.getTabs())) {
            robot.interact(() -> tabs.getSelectionModel().select(tab));
            WaitForAsyncUtils.waitForFxEvents();
            pressEnterInEveryField(robot, tab, pressed);
        }

        assertThat(pressed).as("fields walked").hasSizeGreaterThan(8)
                .anyMatch(field -> field.startsWith("resultsTab")).anyMatch(field -> field.startsWith("campaignTab"))
                .anyMatch(field -> field.startsWith("historyTab")).anyMatch(field -> field.startsWith("imagesTab"))
                .anyMatch(field -> field.contains("passMark"));
        assertThat(robot.lookup("#sessionIdField").queryAs(TextInputControl.class).getText())
                .as("the form still shows the one session it created").isEqualTo(created);
    }

    /** Enter in each field the tab shows (its own inner tabs too), checking after each that nothing was created. */
    private void pressEnterInEveryField(FxRobot robot, Tab tab, List<String> pressed) throws TimeoutException {
        for (Node field : fieldsShown(tab.getContent())) {
            if (field.isDisabled() || !field.isFocusTraversable()) {
                continue;
            }
            if (field instanceof TabPane inner) {
                for (Tab innerTab : List.copyOf(inner.getTabs())) {
                    robot.interact(() -> inner.getSelectionModel().select(innerTab));
                    pressEnterInEveryField(robot, innerTab, pressed);
                }
                continue;
            }
            String name = tab.getId() + " " + (field.getId() == null ? field.getClass().getSimpleName() : field.getId());
            robot.interact(field::requestFocus);
            robot.push(KeyCode.ENTER);
            // A create goes through the task runner: give it the time a sandbox create takes.
            WaitForAsyncUtils.sleep(150, TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            robot.push(KeyCode.ESCAPE);
            assertThat(desk.sessionsCreated()).as("sessions created after Enter in %s", name).isEqualTo(1);
            pressed.add(name);
        }
    }

    /** The text fields, spinners, choices and inner tab panes shown under a node, each once, in scene order. */
    private static Set<Node> fieldsShown(Node root) {
        Set<Node> found = new LinkedHashSet<>();
        collect(root, found);
        return found;
    }

    private static void collect(Node node, Set<Node> found) {
        if (node == null || !node.isVisible()) {
            return;
        }
        if (node instanceof Spinner<?> || node instanceof ComboBoxBase<?> || node instanceof ChoiceBox<?>
                || node instanceof TabPane || node instanceof TextInputControl) {
            found.add(node);
            return;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, found);
            }
        }
    }
}
