package dev.livenessdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livenessdesk.core.campaign.AttackSpecies;
import dev.livenessdesk.core.campaign.CampaignSession;
import dev.livenessdesk.core.campaign.Expectation;
import dev.livenessdesk.core.campaign.InMemoryCampaignStore;
import dev.livenessdesk.testsupport.FxWait;
import java.io.IOException;
import java.util.concurrent.TimeoutException;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.Spinner;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A QA tester's small campaign in the sandbox, start to finish: a campaign with a bona fide and an attack
 * scenario, sessions made with Next and played with each play, the table and the plots following, the pass mark
 * moving the numbers, and an exclusion with its note.
 */
@ExtendWith(ApplicationExtension.class)
class DesktopCampaignFlowTest {

    private SandboxDesk desk;
    private final InMemoryCampaignStore campaigns = new InMemoryCampaignStore();

    @Start
    void start(Stage stage) throws IOException {
        desk = new SandboxDesk("desktop-campaign").campaigns(campaigns);
        desk.showAtDefaultSize(stage);
    }

    @Stop
    void stop() {
        desk.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSmallCampaignRunsInTheSandboxAndItsNumbersFollow(FxRobot robot) throws Exception {
        robot.clickOn("#campaignTab");
        robot.clickOn("#newCampaignName").write("Pilot");
        robot.clickOn("#createCampaignButton");
        FxWait.until(20, () -> label(robot, "#taggingLabel").contains("has no scenario yet"));
        addScenario(robot, "Live, office light", Expectation.BONA_FIDE);
        addScenario(robot, "Printed A4", Expectation.attack(AttackSpecies.PRINTED_PHOTO));
        ComboBox<Object> scenario = robot.lookup("#scenarioChoice").queryAs(ComboBox.class);
        robot.interact(() -> scenario.getSelectionModel().select(0));
        assertThat(label(robot, "#taggingLabel")).contains("'Live, office light' (bona fide) in 'Pilot'");

        TableView<CampaignSession> table = robot.lookup("#campaignTable").queryAs(TableView.class);
        robot.clickOn("#nextButton");
        FxWait.until(20, () -> table.getItems().size() == 1);
        robot.clickOn("#campaignSimulateLiveButton");
        FxWait.until(20, () -> "SUCCEEDED".equals(table.getItems().get(0).rawStatus()));
        robot.clickOn("#nextButton");
        FxWait.until(20, () -> table.getItems().size() == 2);
        robot.clickOn("#campaignSimulateStartedButton");
        FxWait.until(20, () -> "IN_PROGRESS".equals(table.getItems().get(1).rawStatus()));

        robot.interact(() -> scenario.getSelectionModel().select(1));
        robot.clickOn("#nextButton");
        FxWait.until(20, () -> table.getItems().size() == 3);
        robot.clickOn("#campaignSimulateSpoofButton");
        FxWait.until(20, () -> "SUCCEEDED".equals(table.getItems().get(2).rawStatus()));
        robot.interact(() -> scenario.getSelectionModel().select(0));
        robot.clickOn("#nextButton");
        FxWait.until(20, () -> table.getItems().size() == 4);
        robot.clickOn("#campaignSimulatePoorConditionsButton");
        FxWait.until(20, () -> "SUCCEEDED".equals(table.getItems().get(3).rawStatus()));
        assertThat(robot.lookup("#workspaceTabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem()
                .getId()).as("tagged sessions keep the tester in the Campaign tab").isEqualTo("campaignTab");

        FxWait.until(20, () -> label(robot, "#campaignSummary")
                .equals("At pass mark 80: BPCER 1/2 (50%), APCER printed photo 0/1"));
        assertThat(label(robot, "#campaignNotCounted")).startsWith("Not counted: 1 in flight. BPCER and the worst APCER");
        assertThat(table.getItems()).extracting(CampaignSession::scenarioName)
                .containsExactly("Live, office light", "Live, office light", "Printed A4", "Live, office light");
        assertThat(table.getItems().get(3).feedbackCodes()).contains("LOW_LIGHTING_DETECTED");
        // The table says what the Result tab's chips say; the codes as sent are the cell's tooltip.
        assertThat(table.lookupAll(".table-cell").stream().map(cell -> ((Labeled) cell).getText()))
                .contains("Low lighting, Face not centred").noneMatch(text -> text != null
                        && text.contains("LOW_LIGHTING_DETECTED"));
        assertThat(table.getItems().get(0).confidence()).isPresent();
        assertThat(table.getItems().get(0).tester()).isNotEmpty();
        // A selected row reads as well as the others, with the table focused or not (it was white on pale grey).
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#noteField");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TableRow<?> selectedRow = robot.lookup(".table-row-cell").queryAllAs(
                javafx.scene.control.TableRow.class).stream().filter(row -> row.getIndex() == 0).findFirst().orElseThrow();
        for (javafx.scene.Node cell : selectedRow.lookupAll(".table-cell")) {
            javafx.scene.control.TableCell<?, ?> shown = (javafx.scene.control.TableCell<?, ?>) cell;
            if (shown.getText() != null && !shown.getText().isBlank()) {
                assertThat(contrast(shown.getTextFill(), selectedRow.getBackground()))
                        .as("contrast of '%s' on the selected row", shown.getText()).isGreaterThanOrEqualTo(4.5);
            }
        }

        robot.clickOn("#confidenceTab");
        LineChart<Number, Number> confidence = robot.lookup("#confidencePlot").queryAs(LineChart.class);
        assertThat(confidence.getData().get(0).getData()).as("bona fide dots").hasSize(2);
        assertThat(confidence.getData().get(1).getData()).as("attack dots").hasSize(1);
        assertThat(confidence.getData().get(2).getData().get(0).getYValue().intValue()).isEqualTo(80);
        robot.clickOn("#sweepTab");
        LineChart<Number, Number> sweep = robot.lookup("#sweepPlot").queryAs(LineChart.class);
        assertThat(sweep.getData()).as("BPCER, APCER printed photo, crossing, pass mark").hasSize(4);
        assertThat(sweep.getData().get(0).getData()).hasSize(101);
        // At the default window size the plot keeps a readable height (the pane scrolls), never a strip.
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(sweep.getHeight()).as("the sweep plot's height at the default window size")
                .isGreaterThanOrEqualTo(250);
        assertThat(robot.lookup("#crossingMarker").tryQuery()).isPresent();
        robot.clickOn("#feedbackTab");
        StackedBarChart<String, Number> feedback = robot.lookup("#feedbackPlot").queryAs(StackedBarChart.class);
        assertThat(feedback.getData()).extracting(series -> series.getName())
                .contains("Low lighting", "Face not centred");

        Spinner<Integer> passMark = robot.lookup("#campaignPassMark").queryAs(Spinner.class);
        robot.interact(() -> passMark.getValueFactory().setValue(95));
        assertThat(label(robot, "#campaignSummary"))
                .isEqualTo("At pass mark 95: BPCER 2/2 (100%), APCER printed photo 0/1");
        assertThat(sweep.getData().get(3).getData().get(0).getXValue().intValue()).isEqualTo(95);
        assertThat(confidence.getData().get(2).getData().get(0).getYValue().intValue()).isEqualTo(95);
        robot.interact(() -> passMark.getValueFactory().setValue(10));
        assertThat(label(robot, "#campaignSummary"))
                .isEqualTo("At pass mark 10: BPCER 0/2, APCER printed photo 1/1 (100%)");

        robot.clickOn("#campaignSessionsTab");
        robot.interact(() -> table.getSelectionModel().select(2));
        robot.interact(() -> robot.lookup("#noteField").queryAs(javafx.scene.control.TextField.class)
                .setText("tester held the photo too far"));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#excludeButton");
        FxWait.until(20, () -> table.getItems().get(2).excluded());
        assertThat(label(robot, "#campaignSummary")).isEqualTo("At pass mark 10: BPCER 0/2, APCER printed photo "
                + "none scored yet");
        FxWait.until(20, () -> campaigns.sessionsOf("Pilot").stream().anyMatch(s -> s.excluded()
                && s.note().orElse("").equals("tester held the photo too far")));
        assertThat(campaigns.sessionsOf("Pilot")).hasSize(4);
    }

    @SuppressWarnings("unchecked")
    @Test
    void openFromBucketSaysTheSandboxHasNoRecordsNextToTheAction(FxRobot robot) throws Exception {
        robot.clickOn("#campaignTab");
        javafx.scene.control.TextField bucketField = robot.lookup("#openBucketName")
                .queryAs(javafx.scene.control.TextField.class);
        robot.interact(() -> bucketField.setText("team-liveness"));
        robot.clickOn("#openBucketButton");
        FxWait.until(20, () -> label(robot, "#openBucketStatus").equals("Records are read from S3; the sandbox has none."));

        javafx.scene.control.Label status = robot.lookup("#openBucketStatus").queryAs(javafx.scene.control.Label.class);
        javafx.scene.text.Text shown = (javafx.scene.text.Text) status.lookup(".text");
        assertThat(shown.getText()).as("the whole line, not cut").isEqualTo(status.getText());
        assertThat(status.localToScene(status.getBoundsInLocal()).getMaxX())
                .isLessThanOrEqualTo(status.getScene().getWidth());
        assertThat(campaigns.campaigns()).isEmpty();
    }

    private static void addScenario(FxRobot robot, String name, Expectation expectation) throws TimeoutException {
        robot.clickOn("#newScenarioName").write(name);
        ComboBox<Expectation> kind = robot.lookup("#expectationChoice").queryAs(ComboBox.class);
        robot.interact(() -> kind.setValue(expectation));
        robot.clickOn("#addScenarioButton");
        ComboBox<Object> scenarios = robot.lookup("#scenarioChoice").queryAs(ComboBox.class);
        FxWait.until(20, () -> scenarios.getItems().stream().anyMatch(s -> s.toString().contains(name)));
    }

    private static String label(FxRobot robot, String query) {
        return ((Labeled) robot.lookup(query).query()).getText();
    }

    /** The WCAG contrast ratio of a text colour on a region's top background colour (white when it has none). */
    private static double contrast(javafx.scene.paint.Paint text, javafx.scene.layout.Background background) {
        javafx.scene.paint.Color back = javafx.scene.paint.Color.WHITE;
        if (background != null) {
            for (javafx.scene.layout.BackgroundFill fill : background.getFills()) {
                if (fill.getFill() instanceof javafx.scene.paint.Color color && color.getOpacity() > 0) {
                    back = color;
                }
            }
        }
        double a = luminance((javafx.scene.paint.Color) text) + 0.05;
        double b = luminance(back) + 0.05;
        return Math.max(a, b) / Math.min(a, b);
    }

    private static double luminance(javafx.scene.paint.Color color) {
        return 0.2126 * linear(color.getRed()) + 0.7152 * linear(color.getGreen()) + 0.0722 * linear(color.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }
}
