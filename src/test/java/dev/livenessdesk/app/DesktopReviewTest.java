package dev.livenessdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.review.Review;
import dev.livenessdesk.core.review.ReviewLabel;
import dev.livenessdesk.core.review.ReviewRound;
import dev.livenessdesk.core.review.ViewingLog;
import dev.livenessdesk.core.session.ChallengeType;
import dev.livenessdesk.core.session.CreatedSession;
import dev.livenessdesk.core.session.LivenessSessions;
import dev.livenessdesk.core.session.SessionSettings;
import dev.livenessdesk.sandbox.SandboxBackend;
import dev.livenessdesk.testsupport.FxWait;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Labeled;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * The Review tab in the sandbox: a tester labels a 50-session queue of the history from the keyboard alone (Alt+S,
 * digits, a flag letter, a note, Enter, Backspace), the score stays hidden until each label, every showing is logged;
 * then a second tester's blind sample of the same sessions, without the first labels, gives the agreement.
 */
@ExtendWith(ApplicationExtension.class)
class DesktopReviewTest {

    private static final int SESSIONS = 50;

    private SandboxDesk desk;

    @Start
    void start(Stage stage) throws Exception {
        desk = new SandboxDesk("desktop-review");
        SandboxBackend backend = desk.backend();
        LivenessSessions service = backend.livenessSessions(ConnectionSettings.of("sandbox", "us-east-1"));
        for (int i = 0; i < SESSIONS; i++) {
            CreatedSession created = service.create(new SessionSettings("us-east-1", Optional.of("qa-review"),
                    "desk/", 2, Optional.empty(), ChallengeType.DEFAULT, Optional.empty(), Optional.empty(),
                    Optional.empty()));
            backend.simulator().simulateCompletedCheck(created.sessionId(), i % 4 != 0);
            desk.history().add(created, Optional.empty());
            desk.history().updateResult(created.sessionId(), service.results(created.sessionId()));
        }
        desk.showAtDefaultSize(stage);
    }

    @Stop
    void stop() {
        desk.close();
    }

    @Test
    void aTesterLabelsFiftySessionsWithTheKeyboardAndASecondTestersBlindSampleGivesTheAgreement(FxRobot robot)
            throws Exception {
        robot.interact(() -> robot.lookup("#reviewTab").query());
        robot.clickOn("#reviewTab .tab-label");
        FxWait.until(20, () -> robot.lookup("#reviewerField").tryQuery().isPresent());
        robot.doubleClickOn("#reviewerField").eraseText(40).write("ana");
        // From here on, only keys: Alt+Q starts the queue (History, newest 50).
        robot.press(KeyCode.ALT, KeyCode.Q).release(KeyCode.Q, KeyCode.ALT);
        FxWait.until(20, () -> text(robot, "#reviewPositionLabel").equals("Session 1 of 50"));
        FxWait.until(20, () -> ((ImageView) robot.lookup("#referencePane .image-view").query()).getImage() != null);
        assertThat(text(robot, "#reviewScoreLabel")).isEqualTo("Score hidden until you give a label.");
        assertThat(text(robot, "#viewingNotice")).contains("viewing log");
        String first = text(robot, "#reviewSessionLabel").split("\n")[0].substring("Session ".length());
        String picture = System.getProperty("review.picture");
        if (picture != null) {
            // For docs/review.md: the screen at the default window size, the score still hidden.
            robot.interact(() -> {
                javafx.scene.image.WritableImage shot = robot.window(0).getScene().snapshot(null);
                java.awt.image.BufferedImage out = new java.awt.image.BufferedImage((int) shot.getWidth(),
                        (int) shot.getHeight(), java.awt.image.BufferedImage.TYPE_INT_RGB);
                for (int y = 0; y < out.getHeight(); y++) {
                    for (int x = 0; x < out.getWidth(); x++) {
                        out.setRGB(x, y, shot.getPixelReader().getArgb(x, y));
                    }
                }
                try {
                    javax.imageio.ImageIO.write(out, "png", new java.io.File(picture));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }

        robot.type(KeyCode.DIGIT2);
        assertThat(text(robot, "#reviewLabelChosen")).isEqualTo("Label 2: printed photo");
        assertThat(text(robot, "#reviewScoreLabel")).startsWith("Score ").contains("at pass mark");
        robot.type(KeyCode.D);
        assertThat(text(robot, "#reviewFlagsLabel")).isEqualTo("too dark");
        robot.type(KeyCode.N).write("glare").type(KeyCode.ENTER);
        robot.type(KeyCode.ENTER);
        FxWait.until(20, () -> text(robot, "#reviewPositionLabel").equals("Session 2 of 50"));
        assertThat(text(robot, "#reviewScoreLabel")).isEqualTo("Score hidden until you give a label.");
        robot.type(KeyCode.BACK_SPACE);
        FxWait.until(20, () -> text(robot, "#reviewPositionLabel").equals("Session 1 of 50"));
        assertThat(text(robot, "#reviewLabelChosen")).as("her own label comes back").isEqualTo("Label 2: printed photo");
        robot.type(KeyCode.DIGIT1).type(KeyCode.ENTER);
        for (int i = 2; i <= SESSIONS; i++) {
            int at = i;
            try {
                FxWait.until(20, () -> text(robot, "#reviewPositionLabel").equals("Session " + at + " of 50"));
            } catch (TimeoutException stuck) {
                throw new AssertionError("at " + at + ": " + text(robot, "#reviewPositionLabel") + " / "
                        + text(robot, "#reviewStatusLabel") + " / " + text(robot, "#reviewLabelChosen"), stuck);
            }
            robot.type(at % 5 == 0 ? KeyCode.DIGIT3 : KeyCode.DIGIT1).type(KeyCode.ENTER);
        }
        try {
            FxWait.until(20, () -> text(robot, "#reviewStatusLabel").equals("The queue is done: 50 sessions."));
        } catch (TimeoutException stuck) {
            throw new AssertionError(text(robot, "#reviewPositionLabel") + " / " + text(robot, "#reviewStatusLabel") + " / "
                    + text(robot, "#reviewProgressLabel"), stuck);
        }
        FxWait.until(20, () -> text(robot, "#reviewProgressLabel").equals("50 of 50 reviewed (ana 50)"));
        List<Review> kept = desk.reviews().store().all();
        assertThat(kept).hasSize(51);
        List<Review> ofFirst = kept.stream().filter(r -> r.sessionId().equals(first)).toList();
        assertThat(ofFirst).extracting(Review::label).containsExactly(ReviewLabel.PRINTED_PHOTO, ReviewLabel.LIVE);
        assertThat(ofFirst.get(0).note()).contains("glare");
        assertThat(ofFirst.get(0).flags()).containsExactly(dev.livenessdesk.core.review.QualityFlag.TOO_DARK);
        assertThat(desk.reviews().viewings().entries()).extracting(ViewingLog.Viewing::viewer).contains("ana")
                .hasSizeGreaterThanOrEqualTo(SESSIONS);

        // The second tester: a blind sample of 10, none of ana's labels shown.
        robot.doubleClickOn("#reviewerField").eraseText(40).write("ben");
        robot.clickOn("#reviewCountField").eraseText(5).write("10");
        robot.clickOn("#blindSecondButton");
        try {
            FxWait.until(20, () -> text(robot, "#reviewPositionLabel").equals("Session 1 of 10"));
        } catch (TimeoutException stuck) {
            throw new AssertionError(text(robot, "#reviewPositionLabel") + " / " + text(robot, "#reviewStatusLabel")
                    + " / " + text(robot, "#reviewQueueTitle"), stuck);
        }
        assertThat(text(robot, "#reviewLabelChosen")).isEqualTo("No label yet");
        for (int i = 1; i <= 10; i++) {
            int at = i;
            FxWait.until(20, () -> text(robot, "#reviewPositionLabel").equals("Session " + at + " of 10"));
            robot.type(KeyCode.DIGIT1).type(KeyCode.ENTER);
        }
        FxWait.until(20, () -> text(robot, "#reviewStatusLabel").equals("The queue is done: 10 sessions."));
        List<Review> second = desk.reviews().store().all().stream()
                .filter(r -> r.reviewer().equals("ben")).toList();
        assertThat(second).hasSize(10).allMatch(r -> r.round() == ReviewRound.SECOND);
        robot.clickOn("#disagreementsButton");
        FxWait.until(20, () -> text(robot, "#reviewQueueTitle").equals("Disagreements"));
        assertThat(text(robot, "#reviewAgreementLabel")).startsWith("ana and ben: kappa");
    }

    private static String text(FxRobot robot, String query) {
        return ((Labeled) robot.lookup(query).query()).getText();
    }
}
