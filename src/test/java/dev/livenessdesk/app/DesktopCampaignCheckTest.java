package dev.livenessdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livenessdesk.checkpage.TestPages;
import dev.livenessdesk.core.campaign.CampaignSession;
import dev.livenessdesk.testsupport.FxWait;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * A campaign's Next with the check page: it creates the next session of the scenario and runs its check page at
 * once, so the tester only performs the check; the result lands in the campaign's table.
 */
@ExtendWith(ApplicationExtension.class)
class DesktopCampaignCheckTest {

    private final List<URI> opened = new CopyOnWriteArrayList<>();
    private SandboxDesk desk;

    @Start
    void start(Stage stage) throws IOException {
        desk = new SandboxDesk("desktop-campaign-check").checkPages(TestPages.tinyPage())
                .browser(SandboxDesk.playingALivePerson(opened));
        desk.showAtDefaultSize(stage);
    }

    @Stop
    void stop() {
        desk.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void nextCreatesTheSessionAndRunsItsCheckPage(FxRobot robot) throws Exception {
        robot.clickOn("#campaignTab");
        robot.clickOn("#newCampaignName").write("Pilot");
        robot.clickOn("#createCampaignButton");
        robot.clickOn("#newScenarioName").write("Live, office light");
        robot.clickOn("#addScenarioButton");
        ComboBox<Object> scenario = robot.lookup("#scenarioChoice").queryAs(ComboBox.class);
        FxWait.until(30, () -> !scenario.getItems().isEmpty());
        robot.interact(() -> scenario.getSelectionModel().select(0));

        TableView<CampaignSession> table = robot.lookup("#campaignTable").queryAs(TableView.class);
        robot.clickOn("#nextButton");

        FxWait.until(30, () -> table.getItems().size() == 1);
        FxWait.until(30, () -> "SUCCEEDED".equals(table.getItems().get(0).rawStatus()));
        assertThat(opened).as("the check page was opened for the new session, without a click on Run the check")
                .singleElement().satisfies(page -> assertThat(page.getHost()).isEqualTo("127.0.0.1"));
    }
}
