package dev.livenessdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livenessdesk.core.campaign.AttackSpecies;
import dev.livenessdesk.core.campaign.Expectation;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.setup.BucketEncryption;
import dev.livenessdesk.core.setup.BucketPlace;
import dev.livenessdesk.core.setup.SetupChecker;
import dev.livenessdesk.core.setup.SetupTarget;
import dev.livenessdesk.testsupport.FxWait;
import dev.livenessdesk.testsupport.ScriptedSetupAnswers;
import dev.livenessdesk.ui.common.FxTaskRunner;
import dev.livenessdesk.ui.setup.SetupChecklistViewModel;
import dev.livenessdesk.ui.setup.SetupWindow;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole window in the sandbox, after a session ran to a result with audit images, as assistive technology and
 * a person with low vision meet it: in the light, dark and high-contrast themes, at 100 % and 150 % text, at the
 * default size (1180x760) and at 1024x700, on every tab the window has (whatever tabs are added later) and in the
 * image detail window, the Check setup window and the erasure dialog. {@link AccessibilityAudit} says what fails,
 * {@link DesktopLayoutTest#textCut} what text is cut: none at 100 % or 150 %, in any theme, at either size (what does
 * not fit scrolls).
 */
@ExtendWith(ApplicationExtension.class)
class AccessibilityTest {

    private static final List<String> THEMES = List.of("light", "dark", "high-contrast");
    private static final List<Integer> TEXT_SIZES = List.of(100, 150);
    private static final int[][] WINDOW_SIZES = {{1180, 760}, {1024, 700}};

    private Stage stage;
    private SandboxDesk desk;
    private FxTaskRunner setupTasks;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        desk = new SandboxDesk("accessibility");
        setupTasks = new FxTaskRunner(1);
        desk.showAtDefaultSize(stage);
    }

    @Stop
    void stop() {
        desk.close();
        setupTasks.close();
    }

    @Test
    void everyTabAndTheImageDetailAreUsableInEveryThemeTextSizeAndWindowSize(FxRobot robot) throws Exception {
        Set<String> findings = new LinkedHashSet<>();
        createASession(robot);
        // A CREATED session shows the hand-off strip: its link, its template and the QR code.
        robot.interact(() -> {
            robot.lookup("#handOffPane").queryAs(TitledPane.class).setExpanded(true);
            robot.lookup("#handOffTemplate").queryAs(javafx.scene.control.TextField.class)
                    .setText("https://check.example.com/?session={sessionId}&region={region}");
        });
        FxWait.until(30, () -> robot.lookup("#handOffQr").query().isVisible());
        for (String theme : THEMES) {
            choose(robot, "theme-" + theme);
            robot.interact(() -> findings.addAll(AccessibilityAudit.of(stage.getScene(),
                    theme + ", a CREATED session with its hand-off")));
        }
        runTheSessionWithAuditImages(robot);
        runASmallCampaign(robot);
        selectTheFirstHistoryRow(robot);

        for (String theme : THEMES) {
            for (int textSize : TEXT_SIZES) {
                choose(robot, "theme-" + theme);
                choose(robot, "textSize-" + textSize);
                for (int[] size : WINDOW_SIZES) {
                    robot.interact(() -> {
                        stage.setWidth(size[0]);
                        stage.setHeight(size[1]);
                    });
                    String where = theme + ", " + textSize + " %, " + size[0] + "x" + size[1];
                    // What does not fit scrolls: nothing is cut to "..." or off its edge, at 100 % or 150 %.
                    findings.addAll(everyTab(robot, where));
                }
                findings.addAll(imageDetail(robot, theme + ", " + textSize + " %, image detail"));
                findings.addAll(checkSetup(robot, theme + ", " + textSize + " %, Check setup window"));
                findings.addAll(erasure(robot, theme + ", " + textSize + " %, erasure dialog"));
            }
        }

        assertThat(findings).as("accessibility findings").isEmpty();
    }

    /** Every tab of every tab pane in the window, and of the tab panes inside tabs, each audited while shown. */
    private List<String> everyTab(FxRobot robot, String where) throws TimeoutException {
        List<String> found = new ArrayList<>();
        List<TabPane> panes = new ArrayList<>();
        robot.interact(() -> panes.addAll(AccessibilityAudit.tabPanes(stage.getScene())));
        assertThat(panes).as("the window's tab panes").isNotEmpty();
        for (TabPane pane : panes) {
            walk(robot, pane, where, found, List.copyOf(panes));
        }
        return found;
    }

    private void walk(FxRobot robot, TabPane pane, String where, List<String> found, List<TabPane> walked)
            throws TimeoutException {
        for (Tab tab : List.copyOf(pane.getTabs())) {
            robot.interact(() -> pane.getSelectionModel().select(tab));
            WaitForAsyncUtils.waitForFxEvents();
            waitUntilBuilt(tab);
            String here = where + ", " + tab.getText() + " tab";
            robot.interact(() -> selectARow(stage.getScene()));
            robot.interact(() -> found.addAll(AccessibilityAudit.of(stage.getScene(), here)));
            robot.interact(() -> found.addAll(DesktopLayoutTest.textCut(stage.getScene().getRoot(), here)));
            List<TabPane> inside = new ArrayList<>();
            robot.interact(() -> AccessibilityAudit.tabPanes(stage.getScene()).stream()
                    .filter(nested -> !walked.contains(nested)).forEach(inside::add));
            for (TabPane nested : inside) {
                List<TabPane> now = new ArrayList<>(walked);
                now.addAll(inside);
                walk(robot, nested, here, found, now);
            }
        }
        robot.interact(() -> pane.getSelectionModel().select(0));
    }

    /** Opens the first audit image's detail window, audits it and closes it. */
    private List<String> imageDetail(FxRobot robot, String where) throws TimeoutException {
        robot.interact(() -> select(robot, "imagesTab"));
        FxWait.until(30, () -> !robot.lookup(".thumbnail-cell .picture-button").queryAll().isEmpty());
        List<Window> before = List.copyOf(Window.getWindows());
        robot.interact(() -> ((javafx.scene.control.Button) robot.lookup(".thumbnail-cell .picture-button").query())
                .fire());
        FxWait.until(30, () -> detailWindow(before) != null
                && detailWindow(before).getScene().lookup("#imageView") != null
                && ((javafx.scene.image.ImageView) detailWindow(before).getScene().lookup("#imageView")).getImage()
                != null);
        Window detail = detailWindow(before);
        List<String> found = new ArrayList<>();
        robot.interact(() -> found.addAll(AccessibilityAudit.of(detail.getScene(), where)));
        robot.interact(detail::hide);
        robot.interact(() -> select(robot, "resultsTab"));
        return found;
    }

    /**
     * The Check setup window over a run with every kind of row (OK, warnings, failures), as it opens from the
     * connection bar: the sandbox has no AWS account to check, so the answers are scripted, the window the real one.
     */
    private List<String> checkSetup(FxRobot robot, String where) throws TimeoutException {
        ScriptedSetupAnswers answers = new ScriptedSetupAnswers();
        answers.place = new BucketPlace("us-west-2", true);
        answers.encryption = BucketEncryption.none();
        answers.lifecycle = List.of();
        SetupChecklistViewModel checklist = new SetupChecklistViewModel(setupTasks, new SetupChecker(answers),
                text -> { });
        List<Window> before = List.copyOf(Window.getWindows());
        robot.interact(() -> new SetupWindow(stage, checklist).check(new SetupTarget(
                ConnectionSettings.of("qa", "us-east-1"), Optional.of("liveness-west"), "qa/", Optional.empty())));
        FxWait.until(30, () -> detailWindow(before) != null && !checklist.runningProperty().get());
        return auditAndClose(robot, detailWindow(before), where);
    }

    /** The erasure dialog of the History tab's selected session, with its plan shown and the confirmation asked. */
    private List<String> erasure(FxRobot robot, String where) throws TimeoutException {
        robot.interact(() -> select(robot, "historyTab"));
        TableView<?> history = robot.lookup("#historyTable").queryAs(TableView.class);
        FxWait.until(30, () -> !history.getItems().isEmpty());
        robot.interact(() -> history.getSelectionModel().select(0));
        List<Window> before = List.copyOf(Window.getWindows());
        robot.interact(() -> robot.lookup("#eraseButton").queryAs(javafx.scene.control.Button.class).fire());
        FxWait.until(30, () -> detailWindow(before) != null
                && detailWindow(before).getScene().lookup("#erasureDialog") != null
                && detailWindow(before).getScene().lookup("#erasureDialog").lookupAll(".text-field").stream()
                .anyMatch(Node::isVisible));
        List<String> found = auditAndClose(robot, detailWindow(before), where);
        robot.interact(() -> select(robot, "resultsTab"));
        return found;
    }

    /** Everything the audit finds in a window, and any text cut in it; then the window is closed. */
    private static List<String> auditAndClose(FxRobot robot, Window window, String where) {
        List<String> found = new ArrayList<>();
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            found.addAll(AccessibilityAudit.of(window.getScene(), where));
            found.addAll(DesktopLayoutTest.textCut(window.getScene().getRoot(), where));
        });
        robot.interact(window::hide);
        return found;
    }

    private static Window detailWindow(List<Window> before) {
        return Window.getWindows().stream().filter(window -> !before.contains(window) && window instanceof Stage)
                .findFirst().orElse(null);
    }

    private void createASession(FxRobot robot) throws TimeoutException {
        robot.clickOn("#bucketField").write("qa-liveness-audit");
        robot.clickOn("#prefixField").write("desk/");
        robot.interact(() -> robot.lookup("#auditSpinner").queryAs(Spinner.class).getValueFactory().setValue(2));
        robot.clickOn("#createButton");
        FxWait.until(30, () -> "CREATED".equals(((Labeled) robot.lookup("#statusBadge").query()).getText()));
    }

    private void runTheSessionWithAuditImages(FxRobot robot) throws TimeoutException {
        robot.clickOn("#simulateLiveButton");
        FxWait.until(30, () -> "SUCCEEDED".equals(((Labeled) robot.lookup("#statusBadge").query()).getText()));
        FxWait.until(30, () -> robot.lookup(".thumbnail").queryAll().size() == 3);
    }

    /**
     * A campaign with a bona fide and an attack scenario, a session of each and one excluded, so the plots have
     * dots, curves and bars to describe, and the table an excluded row.
     */
    @SuppressWarnings("unchecked")
    private void runASmallCampaign(FxRobot robot) throws TimeoutException {
        robot.interact(() -> select(robot, "campaignTab"));
        robot.clickOn("#newCampaignName").write("Pilot");
        robot.clickOn("#createCampaignButton");
        addScenario(robot, "Live, office light", Expectation.BONA_FIDE);
        addScenario(robot, "Printed A4", Expectation.attack(AttackSpecies.PRINTED_PHOTO));
        ComboBox<Object> scenario = robot.lookup("#scenarioChoice").queryAs(ComboBox.class);
        TableView<Object> table = robot.lookup("#campaignTable").queryAs(TableView.class);
        robot.interact(() -> scenario.getSelectionModel().select(0));
        robot.clickOn("#nextButton");
        FxWait.until(30, () -> table.getItems().size() == 1);
        robot.clickOn("#campaignSimulatePoorConditionsButton");
        robot.interact(() -> scenario.getSelectionModel().select(1));
        robot.clickOn("#nextButton");
        FxWait.until(30, () -> table.getItems().size() == 2);
        robot.clickOn("#campaignSimulateSpoofButton");
        robot.interact(() -> scenario.getSelectionModel().select(0));
        robot.clickOn("#nextButton");
        FxWait.until(30, () -> table.getItems().size() == 3);
        robot.clickOn("#campaignSimulateLiveButton");
        FxWait.until(30, () -> !robot.lookup("#feedbackPlot").queryAs(javafx.scene.chart.Chart.class).getAccessibleText()
                .contains("none came back"));
        robot.interact(() -> table.getSelectionModel().select(2));
        robot.clickOn("#excludeButton");
        robot.interact(() -> select(robot, "resultsTab"));
    }

    /** A selected row is where a theme's colours went wrong before: every table shown has one. */
    private static void selectARow(javafx.scene.Scene scene) {
        AccessibilityAudit.visit(scene.getRoot(), node -> {
            if (node instanceof TableView<?> table && !table.getItems().isEmpty()
                    && table.getSelectionModel().isEmpty()) {
                table.getSelectionModel().select(0);
            }
        });
    }

    /** A selected row is where a theme's colours went wrong before (white on a pale selection, 1.17:1). */
    private void selectTheFirstHistoryRow(FxRobot robot) throws TimeoutException {
        robot.interact(() -> select(robot, "historyTab"));
        TableView<?> history = robot.lookup("#historyTable").queryAs(TableView.class);
        FxWait.until(30, () -> !history.getItems().isEmpty());
        robot.interact(() -> history.getSelectionModel().select(0));
        robot.interact(() -> select(robot, "resultsTab"));
    }

    @SuppressWarnings("unchecked")
    private static void addScenario(FxRobot robot, String name, Expectation expectation) throws TimeoutException {
        robot.clickOn("#newScenarioName").write(name);
        ComboBox<Expectation> kind = robot.lookup("#expectationChoice").queryAs(ComboBox.class);
        robot.interact(() -> kind.setValue(expectation));
        robot.clickOn("#addScenarioButton");
        ComboBox<Object> scenarios = robot.lookup("#scenarioChoice").queryAs(ComboBox.class);
        FxWait.until(30, () -> scenarios.getItems().stream().anyMatch(s -> s.toString().contains(name)));
    }

    /** Picks an item of the Display menu, as a user does. */
    private static void choose(FxRobot robot, String itemId) {
        robot.interact(() -> {
            MenuButton menu = robot.lookup("#displayMenu").queryAs(MenuButton.class);
            MenuItem item = menu.getItems().stream().filter(candidate -> itemId.equals(candidate.getId()))
                    .findFirst().orElseThrow(() -> new AssertionError("no Display item " + itemId));
            item.fire();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void select(FxRobot robot, String tabId) {
        TabPane tabs = robot.lookup("#workspaceTabs").queryAs(TabPane.class);
        tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> tabId.equals(t.getId())).findFirst()
                .orElseThrow());
    }

    /** Tabs behind the first are built after the first frame: wait for the content, not a placeholder. */
    private static void waitUntilBuilt(Tab tab) throws TimeoutException {
        FxWait.until(30, () -> {
            Node content = tab.getContent();
            return content != null && content.getScene() != null;
        });
    }
}
