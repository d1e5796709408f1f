package dev.livenessdesk.ui.setup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.setup.BucketEncryption;
import dev.livenessdesk.core.setup.BucketPlace;
import dev.livenessdesk.core.setup.SetupChecker;
import dev.livenessdesk.core.setup.SetupTarget;
import dev.livenessdesk.testsupport.ScriptedSetupAnswers;
import dev.livenessdesk.ui.common.FxTaskRunner;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The checklist as a user reads it: each row's status, what was found and what to do; the report button. */
@ExtendWith(ApplicationExtension.class)
class SetupChecklistViewTest {

    private final List<String> clipboard = new CopyOnWriteArrayList<>();
    private SetupChecklistViewModel checklist;
    private FxTaskRunner tasks;

    @AfterEach
    void stop() {
        tasks.close();
    }

    @Start
    void start(Stage stage) {
        ScriptedSetupAnswers answers = new ScriptedSetupAnswers();
        answers.place = new BucketPlace("us-west-2", true);
        answers.encryption = BucketEncryption.none();
        answers.lifecycle = List.of();
        tasks = new FxTaskRunner(2);
        checklist = new SetupChecklistViewModel(tasks, new SetupChecker(answers),
                clipboard::add);
        stage.setScene(new Scene(new SetupChecklistView(checklist, stage::close).load(), 820, 600));
        stage.show();
        checklist.check(new SetupTarget(ConnectionSettings.of("qa", "us-east-1"), Optional.of("liveness-west"),
                "qa/", Optional.empty()));
    }

    @Test
    void eachProblemIsNamedWithItsFixAndTheReportCanBeCopied(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !checklist.runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#setupHeading").queryAs(Label.class).getText())
                .isEqualTo("Profile qa \u00b7 us-east-1 \u00b7 s3://liveness-west/qa/");
        assertThat(robot.lookup("#setupSummary").queryAs(Label.class).getText())
                .startsWith("5 OK, 2 warnings, 2 failing, 0 could not check");
        assertThat(texts(robot)).contains("Fails", "Warning", "OK",
                "The bucket exists and is in the session's region",
                "s3://liveness-west is in us-west-2, but the sessions are created in us-east-1: Rekognition writes "
                        + "images only to a bucket in its own region, so sessions fail when they store them.",
                "What to do: Switch the region to us-west-2, or use a bucket in us-east-1.",
                "s3://liveness-west has no lifecycle rule: the images stay forever.");

        robot.clickOn("#setupCopyReport");

        assertThat(clipboard).singleElement().satisfies(report -> assertThat(report)
                .contains("[Fails] The bucket encrypts the images"));
        assertThat(robot.lookup("#setupStop").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#setupCheckAgain").queryAs(Button.class).isDisabled()).isFalse();
    }

    private static List<String> texts(FxRobot robot) {
        return robot.lookup(".label").queryAllAs(Label.class).stream().filter(Label::isVisible)
                .map(Label::getText).toList();
    }
}
