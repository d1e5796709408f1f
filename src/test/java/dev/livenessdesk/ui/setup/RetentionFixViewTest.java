package dev.livenessdesk.ui.setup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.livenessdesk.aws.AwsClients;
import dev.livenessdesk.aws.CredentialSources;
import dev.livenessdesk.aws.S3RetentionRules;
import dev.livenessdesk.aws.StsCallerIdentity;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.setup.BucketPlace;
import dev.livenessdesk.core.setup.SetupChecker;
import dev.livenessdesk.core.setup.SetupTarget;
import dev.livenessdesk.testsupport.ScriptedSetupAnswers;
import dev.livenessdesk.testsupport.StsStandIn;
import dev.livenessdesk.testsupport.s3.S3TestConnection;
import dev.livenessdesk.testsupport.s3.VersionedS3StandIn;
import dev.livenessdesk.ui.common.FxTaskRunner;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The lifecycle row's fix as a user meets it: the checklist warns that nothing deletes the images, the fix shows
 * the rule as JSON with the bucket's other rules kept, and only the bucket's name typed back writes it, through the
 * real SDK to a stand-in speaking S3's XML.
 */
@ExtendWith(ApplicationExtension.class)
class RetentionFixViewTest {

    private static final String BUCKET = "liveness-east";
    private static final String EXISTING = "<LifecycleConfiguration xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
            + "<Rule><ID>logs-90</ID><Filter><Prefix>logs/</Prefix></Filter><Status>Enabled</Status>"
            + "<Expiration><Days>90</Days></Expiration></Rule></LifecycleConfiguration>";

    private final List<String> clipboard = new CopyOnWriteArrayList<>();
    private SetupChecklistViewModel checklist;
    private FxTaskRunner tasks;
    private VersionedS3StandIn s3;
    private StsStandIn sts;
    private AwsClients clients;
    private VersionedS3StandIn.Bucket bucket;

    @AfterEach
    void stop() {
        tasks.close();
        clients.close();
        s3.close();
        sts.close();
    }

    @Start
    void start(Stage stage) {
        s3 = VersionedS3StandIn.start();
        sts = StsStandIn.start();
        clients = S3TestConnection.clients();
        bucket = s3.bucket(BUCKET, StsStandIn.ACCOUNT).lifecycle(EXISTING);
        ConnectionSettings toStandIn = new ConnectionSettings(Optional.empty(), S3TestConnection.REGION,
                Optional.empty(), Optional.of(s3.uri()));
        S3RetentionRules rules = new S3RetentionRules(clients, toStandIn,
                new StsCallerIdentity(clients, new CredentialSources(), Optional.of(sts.uri())));
        ScriptedSetupAnswers answers = new ScriptedSetupAnswers();
        answers.place = new BucketPlace("us-east-1", true);
        answers.lifecycle = List.of();
        tasks = new FxTaskRunner(2);
        checklist = new SetupChecklistViewModel(tasks, new SetupChecker(answers), clipboard::add,
                Optional.of(new SetupChecklistViewModel.RetentionFix(connection -> Optional.of(rules),
                        Clock.systemUTC(), "0.1.0")));
        stage.setScene(new Scene(new SetupChecklistView(checklist, stage::close).load(), 820, 600));
        stage.sizeToScene();
        stage.show();
        checklist.check(new SetupTarget(ConnectionSettings.of("qa", "us-east-1"), Optional.of(BUCKET), "qa/",
                Optional.empty()));
    }

    @Test
    void theRuleShownIsTheRuleWrittenOnlyAfterTheBucketsNameIsTyped(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !checklist.runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        Button fix = robot.lookup("#setupRetentionFix").queryAs(Button.class);
        assertThat(fix.isVisible()).isTrue();
        // The row may lie below the scroll pane's fold at this size: pressed as a keyboard user would.
        robot.interact(() -> {
            fix.requestFocus();
            fix.fire();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#retentionDays").tryQuery().isPresent());

        TextField days = robot.lookup("#retentionDays").queryAs(TextField.class);
        robot.interact(() -> days.setText("14"));
        robot.clickOn("#retentionPropose");
        TextArea rule = robot.lookup("#retentionRuleJson").queryAs(TextArea.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !rule.getText().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        JsonNode shown = new ObjectMapper().readTree(rule.getText());
        assertThat(shown.path("ID").asText()).isEqualTo("liveness-desk-retention qa/");
        assertThat(shown.path("Filter").path("Prefix").asText()).isEqualTo("qa/");
        assertThat(shown.path("Expiration").path("Days").asInt()).isEqualTo(14);
        assertThat(shown.path("NoncurrentVersionExpiration").path("NoncurrentDays").asInt()).isEqualTo(1);
        assertThat(shown.path("AbortIncompleteMultipartUpload").path("DaysAfterInitiation").asInt()).isEqualTo(1);
        assertThat(robot.lookup("#retentionMerge").queryAs(Label.class).getText())
                .isEqualTo("Kept as they are: 1 other rule(s): logs-90.");
        Button apply = robot.lookup("#retentionApply").queryAs(Button.class);
        assertThat(apply.isDisabled()).isTrue();

        robot.clickOn("#retentionConfirmField").write("liveness-eas");
        assertThat(apply.isDisabled()).isTrue();
        robot.write("t");
        assertThat(apply.isDisabled()).isFalse();
        assertThat(bucket.lifecycleXml()).isEqualTo(EXISTING);
        robot.clickOn(apply);

        Label outcome = robot.lookup("#retentionOutcome").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !outcome.getText().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(outcome.getText())
                .isEqualTo("The rule liveness-desk-retention qa/ is now among the lifecycle rules of liveness-east.");
        assertThat(bucket.lifecycleXml()).contains("<ID>logs-90</ID>").contains("<Days>90</Days>")
                .contains("<ID>liveness-desk-retention qa/</ID>").contains("<Days>14</Days>");
        JsonNode receipt = new ObjectMapper().readTree(robot.lookup("#retentionReceipt").queryAs(TextArea.class)
                .getText());
        assertThat(receipt.path("ruleWritten")).isEqualTo(shown);
        assertThat(receipt.path("who").asText()).isEqualTo(StsStandIn.ARN);
        assertThat(receipt.path("rulesKept").toString()).isEqualTo("[\"logs-90\"]");
        robot.clickOn("#retentionCopyReceipt");
        assertThat(clipboard).singleElement().asString().contains("\"ruleWritten\"");
        robot.clickOn("#retentionClose");
    }
}
