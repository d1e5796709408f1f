package dev.livenessdesk.checkpage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.livenessdesk.core.check.CheckCredentials;
import dev.livenessdesk.core.check.CheckOutcome;
import dev.livenessdesk.core.check.CheckPageSpec;
import dev.livenessdesk.core.check.CredentialScope;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.session.CreatedSession;
import dev.livenessdesk.core.session.SessionSettings;
import dev.livenessdesk.core.session.SessionStatus;
import dev.livenessdesk.sandbox.SandboxBackend;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The built check page in Debian's chromium (headless, fake camera), served by the desk's own server: the
 * page's code (session, countdown, credentials once, outcome, sandbox play) and the Amplify component, which
 * renders, takes its credentials, and fails at the first thing that needs the internet, in words at the desk.
 */
class CheckPageInChromiumTest {

    /** What the browser runs measured, for the note on the page's start time and how far the component got. */
    private static final Path NOTES = Path.of("target", "check-page-in-chromium.txt");
    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File DRIVER = new File("/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(60);

    private static WebDriver browser;
    private static Path profile;
    private final LoopbackCheckPages host = new LoopbackCheckPages();
    private final SandboxBackend sandbox = new SandboxBackend();
    private LoopbackCheckPage page;

    @BeforeAll
    static void startChromium() throws Exception {
        assumeTrue(CHROMIUM.canExecute() && DRIVER.canExecute(),
                "needs Debian's chromium and chromium-driver (.ci/run installs them)");
        assumeTrue(new LoopbackCheckPages().unavailableReason().isEmpty(),
                "needs the built check page (npm was missing at build time)");
        profile = Files.createTempDirectory("check-page-chromium");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM)
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                        "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream",
                        "--window-size=1000,900", "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, java.util.logging.Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER)
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(WAIT);
    }

    @AfterAll
    static void stopChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    @AfterEach
    void closePage() {
        if (page != null) {
            page.close();
        }
    }

    private CreatedSession sandboxSession() throws Exception {
        return sandbox.livenessSessions(ConnectionSettings.of(null, "us-east-1"))
                .create(new SessionSettings("us-east-1", Optional.of("qa-bucket"), "desk/", 0, Optional.empty(),
                        null, Optional.empty(), Optional.empty(), Optional.empty()));
    }

    private void load(CheckPageSpec spec) throws Exception {
        page = (LoopbackCheckPage) host.open(spec);
        browser.get(page.address().toString());
    }

    private void waitForPhase(String... phases) {
        List<String> wanted = List.of(phases);
        new WebDriverWait(browser, WAIT).withMessage(() -> "page phase " + wanted + ", page: "
                + browser.findElement(By.tagName("body")).getText() + "\nconsole: " + console())
                .until(driver -> wanted.contains(driver.findElement(By.tagName("body")).getAttribute("data-phase")));
    }

    private String text(String testId) {
        return browser.findElement(By.cssSelector("[data-testid=" + testId + "]")).getText();
    }

    private String console() {
        StringBuilder lines = new StringBuilder();
        browser.manage().logs().get(LogType.BROWSER).forEach(entry -> lines.append(entry.getMessage()).append('\n'));
        return lines.toString();
    }

    @Test
    void theSandboxPageShowsTheSessionAndCountdownAndPlaysALivePerson() throws Exception {
        CreatedSession created = sandboxSession();
        long startedAt = System.nanoTime();
        load(CheckPageSpec.sandbox(created.sessionId(), "us-east-1", created.startDeadline(), sandbox.simulator()));
        waitForPhase("ready");
        note("sandbox page ready after " + (System.nanoTime() - startedAt) / 1_000_000 + " ms");

        assertThat(browser.findElement(By.tagName("body")).getText()).contains("Session " + created.sessionId(),
                "Sandbox: nothing is sent to AWS");
        String first = text("countdown");
        assertThat(first).matches("[0-3]:[0-5]\\d left to start the check");
        Thread.sleep(1300);
        assertThat(text("countdown")).isNotEqualTo(first);

        org.openqa.selenium.Point live = browser.findElement(By.cssSelector("button[data-play=live]")).getLocation();
        browser.findElement(By.cssSelector("button[data-play=started]")).click();
        new WebDriverWait(browser, WAIT).until(driver -> page.started().isDone());
        waitForPhase("running");
        assertThat(text("countdown")).isEqualTo("The check has started.");
        assertThat(browser.findElement(By.cssSelector("button[data-play=live]")).getLocation())
                .as("the buttons stay under the pointer after Started").isEqualTo(live);
        browser.findElement(By.cssSelector("button[data-play=live]")).click();
        waitForPhase("done");

        assertThat(text("message")).contains("Live person", "Done: see Liveness Desk.");
        assertThat(page.outcome().get(5, TimeUnit.SECONDS).kind()).isEqualTo(CheckOutcome.Kind.COMPLETED);
        assertThat(sandbox.livenessSessions(ConnectionSettings.of(null, "us-east-1"))
                .results(created.sessionId()).status()).isEqualTo(SessionStatus.SUCCEEDED);
    }

    @Test
    void theCountdownRunsOutAndThePageSaysTheSessionCanNoLongerBeStarted() throws Exception {
        CreatedSession created = sandboxSession();
        load(CheckPageSpec.sandbox(created.sessionId(), "us-east-1", Instant.now().plusSeconds(3),
                sandbox.simulator()));
        waitForPhase("ready", "expired");
        waitForPhase("expired");

        assertThat(text("message")).contains("can no longer be started", "Create a new session");
        assertThat(page.outcome().get(10, TimeUnit.SECONDS).kind()).isEqualTo(CheckOutcome.Kind.EXPIRED);
    }

    @Test
    void aReloadedPageCannotFetchTheCredentialsAgainAndPointsBackToTheDesk() throws Exception {
        page = (LoopbackCheckPage) host.open(awsSpec());
        // The first load of the page took the credentials.
        assertThat(PageCalls.post(page.address(), "credentials", "{}").statusCode()).isEqualTo(200);

        browser.get(page.address().toString());
        waitForPhase("failed");

        assertThat(text("message")).contains("cannot fetch them again", "Go back to Liveness Desk");
        assertThat(browser.findElements(By.cssSelector("[data-testid=detector]"))).isEmpty();
    }

    @Test
    void theAmplifyComponentRendersTakesItsCredentialsOnceAndItsOfflineFailureReachesTheDesk() throws Exception {
        long startedAt = System.nanoTime();
        load(awsSpec());
        new WebDriverWait(browser, WAIT).withMessage(() -> "the component, console: " + console())
                .until(driver -> !driver.findElements(By.cssSelector("[data-testid=detector] video")).isEmpty()
                        || !driver.findElements(By.cssSelector("[data-testid=message]")).isEmpty());
        long rendered = (System.nanoTime() - startedAt) / 1_000_000;

        CheckOutcome outcome;
        try {
            outcome = page.outcome().get(WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException stuck) {
            throw new AssertionError("The component never ended; credentials taken: " + page.started().isDone()
                    + "; page: " + browser.findElement(By.tagName("body")).getText() + "\nconsole: " + console()
                    + "\nDOM: " + browser.findElement(By.id("root")).getAttribute("innerHTML"), stuck);
        }
        waitForPhase("failed");
        note("Amplify component rendered after " + rendered + " ms; ended " + outcome.kind() + " "
                + outcome.errorState().orElse("-") + " (" + outcome.detail().orElse("-") + "): " + outcome.words()
                + "\nconsole: " + console());

        assertThat(page.started()).as("the component asked for its credentials").isDone();
        assertThat(outcome.kind()).isEqualTo(CheckOutcome.Kind.FAILED);
        assertThat(outcome.words()).isNotBlank();
        assertThat(text("message")).isEqualTo(outcome.words());
        // Nothing of the page's credentials leaks into what it shows.
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("ASIACHECKPAGEKEY",
                "page-secret");
    }

    private static void note(String line) throws java.io.IOException {
        Files.writeString(NOTES, Instant.now() + " " + line + System.lineSeparator(),
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    }

    private static CheckPageSpec awsSpec() {
        CheckCredentials credentials = new CheckCredentials("ASIACHECKPAGEKEY", "page-secret", "page-token",
                Instant.now().plus(Duration.ofMinutes(15)), CredentialScope.FEDERATION_TOKEN);
        return CheckPageSpec.aws("0f4a2c1e-6b7d-4e8f-9a0b-1c2d3e4f5a6b", "us-east-1",
                Instant.now().plus(Duration.ofMinutes(3)), credentials);
    }
}
