package dev.livenessdesk.ui.setup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.failure.ErrorKind;
import dev.livenessdesk.core.setup.BucketPlace;
import dev.livenessdesk.core.setup.CheckId;
import dev.livenessdesk.core.setup.CheckStatus;
import dev.livenessdesk.core.setup.SetupChecker;
import dev.livenessdesk.core.setup.SetupTarget;
import dev.livenessdesk.testsupport.ScriptedSetupAnswers;
import dev.livenessdesk.ui.common.DeferredTaskRunner;
import dev.livenessdesk.ui.common.SynchronousTaskRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The checklist's state as the user sees it: rows checking, then answered; the summary; the copied report. */
class SetupChecklistViewModelTest {

    private static final SetupTarget TARGET = new SetupTarget(ConnectionSettings.of("qa", "us-east-1"),
            Optional.of("liveness-out"), "qa/", Optional.empty());

    private final ScriptedSetupAnswers answers = new ScriptedSetupAnswers();
    private final List<String> clipboard = new ArrayList<>();

    @Test
    void everyRowShowsCheckingUntilTheRunEndsThenItsAnswer() {
        DeferredTaskRunner tasks = new DeferredTaskRunner();
        SetupChecklistViewModel checklist = new SetupChecklistViewModel(tasks, new SetupChecker(answers),
                clipboard::add);

        checklist.check(TARGET);

        assertThat(checklist.rows()).extracting(SetupRow::id).containsExactly(CheckId.REGION, CheckId.CREDENTIALS,
                CheckId.CLOCK, CheckId.BUCKET, CheckId.PERMISSIONS, CheckId.ENCRYPTION, CheckId.PUBLIC_ACCESS,
                CheckId.LIFECYCLE, CheckId.VERSIONING);
        assertThat(checklist.rows()).allMatch(SetupRow::isChecking);
        assertThat(checklist.runningProperty().get()).isTrue();
        assertThat(checklist.summaryProperty().get()).isEqualTo("Checking 9 things\u2026");
        assertThat(checklist.headingProperty().get()).isEqualTo("Profile qa \u00b7 us-east-1 \u00b7 s3://liveness-out/qa/");

        tasks.runAll();

        assertThat(checklist.rows()).noneMatch(SetupRow::isChecking);
        assertThat(checklist.rows()).allSatisfy(row -> assertThat(row.result().orElseThrow().status())
                .isEqualTo(CheckStatus.OK));
        assertThat(checklist.runningProperty().get()).isFalse();
        assertThat(checklist.summaryProperty().get()).startsWith("9 OK, 0 warnings, 0 failing, 0 could not check (");
    }

    @Test
    void copyReportPutsThePlainTextChecklistOnTheClipboard() {
        answers.place = new BucketPlace("us-west-2", true);
        SetupChecklistViewModel checklist = new SetupChecklistViewModel(new SynchronousTaskRunner(),
                new SetupChecker(answers), clipboard::add);
        checklist.check(TARGET);

        checklist.copyReport();

        assertThat(clipboard).singleElement().satisfies(report -> {
            assertThat(report).startsWith("Liveness Desk setup check, ");
            assertThat(report).contains("[Fails] The bucket exists and is in the session's region");
            assertThat(report).contains("What to do: Switch the region to us-west-2, or use a bucket in us-east-1.");
        });
        assertThat(checklist.summaryProperty().get()).endsWith("The report is on the clipboard.");
    }

    @Test
    void stopLeavesTheAnsweredRowsAndSaysSo() {
        DeferredTaskRunner tasks = new DeferredTaskRunner();
        SetupChecklistViewModel checklist = new SetupChecklistViewModel(tasks, new SetupChecker(answers),
                clipboard::add);
        checklist.check(TARGET);

        checklist.stop();

        assertThat(checklist.runningProperty().get()).isFalse();
        assertThat(checklist.summaryProperty().get()).isEqualTo("Stopped before every row was answered.");
        assertThat(checklist.lastRunProperty().get()).isNull();
        checklist.copyReport();
        assertThat(clipboard).as("no report of an unfinished run").isEmpty();
    }

    @Test
    void theQuietCheckShowsOnlyWhatFails() throws InterruptedException {
        answers.place = ScriptedSetupAnswers.error(ErrorKind.NO_SUCH_BUCKET, "There is no bucket named liveness-out.",
                "");
        SetupChecklistViewModel checklist = new SetupChecklistViewModel(new SynchronousTaskRunner(),
                new SetupChecker(answers), clipboard::add);

        checklist.showFailures(new SetupChecker(answers).run(TARGET, result -> { }));

        assertThat(checklist.rows()).extracting(SetupRow::id).containsExactly(CheckId.BUCKET);
        // It comes after the Create: it says the session exists and its countdown runs on (issue 23, item 14).
        assertThat(checklist.headingProperty().get()).startsWith("The session was created, and the setup check that"
                + " ran with it found problems for Profile ").contains("3 minutes").doesNotContain("Before the first");
        assertThat(checklist.showsOnlyFailures()).isTrue();
    }
}
