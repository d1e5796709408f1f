package dev.livenessdesk.ui.erasure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livenessdesk.core.campaign.InMemoryCampaignStore;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.sandbox.SandboxBackend;
import dev.livenessdesk.store.LocalDatabase;
import dev.livenessdesk.store.SqliteErasureJournal;
import dev.livenessdesk.store.SqliteSessionHistory;
import dev.livenessdesk.ui.common.ClipboardService;
import dev.livenessdesk.ui.common.FxTaskRunner;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The erasure dialog as a user works it, headless, over the sandbox's store: see, type the 8 characters, erase. */
@ExtendWith(ApplicationExtension.class)
class ErasureDialogTest {

    private static final String SESSION = "7c9e6679-7425-40de-944b-e07fc1f90ae7";
    private static final String OTHER = "1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed";

    private SandboxBackend sandbox;
    private LocalDatabase database;
    private FxTaskRunner tasks;

    @Start
    void start(Stage stage) {
        sandbox = new SandboxBackend();
        for (String id : new String[] {SESSION, OTHER}) {
            sandbox.images().put("liveness-out", "checks/" + id + "/reference.jpg", new byte[4000]);
            sandbox.images().put("liveness-out", "checks/" + id + "/audit_1.jpg", new byte[3000]);
        }
        database = LocalDatabase.forSandbox();
        tasks = new FxTaskRunner(1);
        ErasureViewModel model = new ErasureViewModel(tasks, new ErasureServices(sandbox::erasureTarget,
                new SqliteSessionHistory(database, Clock.systemUTC()), new InMemoryCampaignStore(),
                new dev.livenessdesk.store.SqliteReviewRows(database), new SqliteErasureJournal(database), "0.1.0"), Clock.systemUTC());
        ErasureDialog dialog = new ErasureDialog(model, text -> { });
        stage.setScene(new Scene(dialog.forSession(ConnectionSettings.of(null, "us-east-1"), "liveness-out",
                "checks/", SESSION), 1180, 760));
        stage.show();
    }

    @AfterEach
    void stop() {
        tasks.close();
        database.close();
    }

    @Test
    void theUserSeesWhatWillGoTypesTheFirstEightCharactersAndGetsTheReceipt(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !robot.lookup("#erasureLines").queryAs(ListView.class).getItems().isEmpty());
        ListView<?> lines = robot.lookup("#erasureLines").queryAs(ListView.class);
        assertThat(lines.getItems()).hasSize(2).allMatch(line -> line.toString().startsWith("checks/" + SESSION));
        assertThat(robot.lookup("#erasureSummary").queryAs(Label.class).getText())
                .contains("2 object(s), 2 version(s)").contains("It runs as arn:sandbox:");
        assertThat(robot.lookup("#erasureConfirmPrompt").queryAs(Label.class).getText()).contains("\u201c7c9e6679\u201d");
        Button erase = robot.lookup("#erasureErase").queryButton();
        assertThat(erase.isDisabled()).isTrue();

        robot.clickOn("#erasureConfirmField").write("7c9e667");
        assertThat(erase.isDisabled()).isTrue();
        robot.write("9");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(erase.isDisabled()).isFalse();
        robot.clickOn("#erasureReceiptInBucket");
        robot.clickOn(erase);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#erasureOutcome").queryAs(Label.class).getText().startsWith("Erased"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#erasureOutcome").queryAs(Label.class).getText())
                .isEqualTo("Erased 2 version(s) of 1 session(s). Nothing is left.");
        assertThat(robot.lookup("#erasureReceipt").queryAs(TextArea.class).getText()).contains(SESSION)
                .contains("checks/" + SESSION + "/reference.jpg");
        assertThat(sandbox.images().imagesOf("liveness-out", "checks/", SESSION)).isEmpty();
        assertThat(sandbox.images().imagesOf("liveness-out", "checks/", OTHER)).hasSize(2);
    }
}
