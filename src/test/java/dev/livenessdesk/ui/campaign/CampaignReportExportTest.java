package dev.livenessdesk.ui.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.livenessdesk.core.campaign.AttackSpecies;
import dev.livenessdesk.core.campaign.Expectation;
import dev.livenessdesk.core.campaign.InMemoryCampaignStore;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.session.ChallengeType;
import dev.livenessdesk.core.session.CreatedSession;
import dev.livenessdesk.core.session.SessionSettings;
import dev.livenessdesk.sandbox.SandboxBackend;
import dev.livenessdesk.testsupport.FxWait;
import dev.livenessdesk.ui.common.FxDelayer;
import dev.livenessdesk.ui.common.FxTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * The report a QA lead receives: one HTML file with the numbers, the plots as pictures, the settings and the date,
 * and a face only when "include reference images" is ticked; the sessions also as CSV and JSON.
 */
@ExtendWith(ApplicationExtension.class)
class CampaignReportExportTest {

    private static final Instant MADE = Instant.parse("2026-12-01T10:15:00Z");

    @TempDir
    Path folder;

    private final SandboxBackend backend = new SandboxBackend();
    private final ConnectionSettings connection = ConnectionSettings.of(null, "us-east-1");
    private FxTaskRunner tasks;
    private CampaignViewModel model;
    private Path target;

    @Start
    void start(Stage stage) {
        tasks = new FxTaskRunner(2);
        model = new CampaignViewModel(tasks, new FxDelayer(), new InMemoryCampaignStore(), backend::livenessSessions,
                () -> connection, "ana", Clock.systemUTC());
        ReportExportModel export = new ReportExportModel(tasks, model, suggested -> Optional.of(target),
                new SessionReferenceImages(backend::livenessSessions, backend::imageStore, () -> connection),
                () -> "sandbox \u00b7 us-east-1", Clock.fixed(MADE, ZoneOffset.UTC));
        stage.setScene(new Scene(new CampaignPaneView(model, export).load(), 900, 700));
        stage.show();
    }

    @Stop
    void stop() {
        model.dispose();
        tasks.close();
        backend.close();
    }

    @Test
    void theHtmlReportIsOneFileWithNumbersPlotsAndSettingsAndNoFaceUnlessAsked(FxRobot robot) throws Exception {
        runCampaign(robot);
        target = folder.resolve("report.html");

        robot.clickOn("#exportHtmlButton");
        FxWait.until(20, () -> model.messageProperty().get().startsWith("Saved"));

        String html = Files.readString(target);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<title>Campaign report: Night shift</title>")
                .contains("At pass mark 80: BPCER 0/1, APCER printed photo 1/1 (100%)")
                .contains("Made 2026-12-01 10:15:00 UTC").contains("sandbox \u00b7 us-east-1")
                .contains("Live &lt;b&gt;desk&lt;/b&gt;").doesNotContain("<b>desk</b>")
                .contains("This report holds no image of a face.")
                .doesNotContain("data:image/jpeg").doesNotContain("http://").doesNotContain("https://");
        assertThat(html.split("data:image/png;base64,", -1)).as("two plots (no feedback codes yet)").hasSize(3);
        assertThat(folder.toFile().list()).as("no temporary file left").containsExactly("report.html");

        robot.clickOn("#includeImages");
        target = folder.resolve("with-faces.html");
        robot.clickOn("#exportHtmlButton");
        FxWait.until(20, () -> model.messageProperty().get().contains("with-faces.html"));
        assertThat(Files.readString(target)).contains("data:image/jpeg;base64,")
                .contains("holds reference images of faces");
    }

    @Test
    void theSessionsGoOutAsCsvAndJson(FxRobot robot) throws Exception {
        runCampaign(robot);
        target = folder.resolve("sessions.csv");
        robot.clickOn("#exportCsvButton");
        FxWait.until(20, () -> model.messageProperty().get().startsWith("Saved"));
        assertThat(Files.readAllLines(target)).hasSize(3).first().asString()
                .startsWith("session_id,campaign,scenario,expect,status,confidence");
        assertThat(Files.readString(target)).contains(",Night shift,Live <b>desk</b>,bona-fide,SUCCEEDED,93.5,")
                .contains(",Printed A4,attack:printed-photo,SUCCEEDED,");

        target = folder.resolve("sessions.json");
        robot.interact(() -> model.say(""));
        robot.clickOn("#exportJsonButton");
        FxWait.until(20, () -> model.messageProperty().get().startsWith("Saved"));
        JsonNode json = new ObjectMapper().readTree(target.toFile());
        assertThat(json.at("/metrics/bpcer/rate").asDouble()).isEqualTo(0.0);
        assertThat(json.at("/metrics/apcer/printed-photo/rate").asDouble()).isEqualTo(1.0);
        assertThat(json.at("/metrics/worst_species").asText()).isEqualTo("printed-photo");
        assertThat(json.at("/metrics/sweep").size()).isEqualTo(101);
        assertThat(json.at("/sessions").size()).isEqualTo(2);
        assertThat(json.at("/sessions/0/tester").asText()).isEqualTo("ana");
    }

    /** One live session for the bona fide scenario, one spoof scoring high for the printed photo. */
    private void runCampaign(FxRobot robot) throws Exception {
        robot.interact(() -> {
            model.newCampaignNameProperty().set("Night shift");
            model.createCampaign();
        });
        FxWait.until(20, () -> model.campaignProperty().get() != null);
        addScenario(robot, "Live <b>desk</b>", Expectation.BONA_FIDE);
        addScenario(robot, "Printed A4", Expectation.attack(AttackSpecies.PRINTED_PHOTO));
        SessionSettings settings = new SessionSettings("us-east-1", Optional.of("qa-bucket"), "night/", 1,
                Optional.empty(), ChallengeType.DEFAULT, Optional.empty(), Optional.empty(), Optional.empty());
        CreatedSession live = backend.livenessSessions(connection).create(settings);
        CreatedSession spoof = backend.livenessSessions(connection).create(settings);
        robot.interact(() -> {
            model.activeScenarioProperty().set(model.scenarios().get(0));
            model.sessionCreated(connection, live);
            model.activeScenarioProperty().set(model.scenarios().get(1));
            model.sessionCreated(connection, spoof);
        });
        backend.simulator().simulateCompletedCheck(live.sessionId(), true);
        // A spoof the check let through: it scores like a live person.
        backend.simulator().simulateCompletedCheck(spoof.sessionId(), true);
        robot.interact(model::checkNow);
        FxWait.until(20, () -> model.sessions().stream().allMatch(s -> s.confidence().isPresent()));
    }

    private void addScenario(FxRobot robot, String name, Expectation expectation) throws Exception {
        int before = model.scenarios().size();
        robot.interact(() -> {
            model.newScenarioNameProperty().set(name);
            model.newScenarioExpectationProperty().set(expectation);
            model.addScenario();
        });
        FxWait.until(20, () -> model.scenarios().size() == before + 1);
    }
}
