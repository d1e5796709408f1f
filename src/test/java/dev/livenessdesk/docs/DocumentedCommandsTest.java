package dev.livenessdesk.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.adobe.testing.s3mock.junit5.S3MockExtension;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.livenessdesk.aws.AwsClients;
import dev.livenessdesk.testsupport.RekognitionStandIn;
import dev.livenessdesk.testsupport.s3.S3Seeder;
import dev.livenessdesk.testsupport.s3.S3TestConnection;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every shell command README.md and docs/*.md write is run here exactly as written, or is listed below with why it
 * cannot run in a test and what checks it instead. A command added to a page without either fails this test, and
 * so does a listed command no page writes any more.
 *
 * <p>The scripts that call {@code liveness-desk} find it on PATH, as the README's QA quick start puts it there: a
 * launcher for this build's classes, talking to the Rekognition stand-in and S3Mock through the environment's
 * endpoints. The Maven commands run a Maven inside this build (the project's own {@code mvn}).
 */
class DocumentedCommandsTest {

    @RegisterExtension
    static final S3MockExtension S3_MOCK = S3MockExtension.builder().silent().withSecureConnection(false).build();

    private static final Path PROJECT = Path.of(System.getProperty("user.dir"));
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SESSION_ID = "0f3c1a2b-4d5e-6f70-8192-a3b4c5d6e7f8";
    // Guards against a hung child only; nothing is asserted about time.
    private static final long HANG_GUARD_SECONDS = 300;

    /** Commands that cannot run in a test, by their first line, with why and what checks them instead. */
    private static final Map<String, String> NOT_RUN = new LinkedHashMap<>();

    static {
        String window = "opens the desktop window, which needs a display; AppImageCheck (run by"
                + " .ci/run) shows the built app's window under Xvfb, and the TestFX tests drive it headless";
        NOT_RUN.put("mvn javafx:run # run the desktop app", window + "; its second line, `mvn verify`, is the"
                + " build this test runs in (.ci/run runs it)");
        NOT_RUN.put("mvn javafx:run", window);
        NOT_RUN.put("LIVENESS_DESK_SANDBOX=1 mvn javafx:run", window);
        NOT_RUN.put("xvfb-run -a mvn javafx:run", window + "; without a display the desk says to run this"
                + " (NoDisplayTest)");
        NOT_RUN.put("AWS_ENDPOINT_URL_REKOGNITION=<url> AWS_ENDPOINT_URL_STS=<url> AWS_ACCESS_KEY_ID=x"
                + " AWS_SECRET_ACCESS_KEY=y AWS_REGION=us-east-1 mvn javafx:run", window
                + "; the stand-in command before it runs here");
        NOT_RUN.put("mvn -Papp-image package -DskipTests", ".ci/run builds the app image and the Linux installers"
                + " and checks them (mvn -B -Papp-image verify -DskipTests -Dinstallers=all, docs/packaging.md says"
                + " how long); the PATH line's launcher is the one this test puts first on PATH");
        NOT_RUN.put("mvn -Papp-image package -DskipTests # app image in target/dist/liveness-desk",
                ".ci/run builds the app image and the .deb, .rpm and .tar.gz, unpacks each and starts it");
        NOT_RUN.put("mvn -Papp-image verify -DskipTests", ".ci/run runs it with -Dinstallers=all after the tests");
        NOT_RUN.put("mvn -B -Papp-image verify -DskipTests -Dinstallers=all", ".ci/run runs it after the tests, as"
                + " the installers workflow's Linux leg does (InstallersWorkflowTest reads the workflow)");
        NOT_RUN.put("mvn -B verify", "the README's test command in batch mode: .ci/run runs it, and this test runs"
                + " inside it");
        NOT_RUN.put("sudo apt-get install libgtk-3-0", "installs a system package as root; .ci/run installs it");
        NOT_RUN.put("aws configure", "the AWS CLI, interactive: it writes the user's own AWS setup");
        NOT_RUN.put("aws configure sso", "the AWS CLI, interactive, with an IAM Identity Center sign-in");
        NOT_RUN.put("aws sso login --profile NAME", "the AWS CLI with a real IAM Identity Center sign-in in a browser");
        NOT_RUN.put("aws s3 rm --recursive", "the AWS CLI command the purge benchmark measured against: "
                + "bench/purge/run.sh runs it on moto_server, which CI does not have");
        NOT_RUN.put("aws s3api list-objects-v2 --delimiter /", "the AWS CLI call the benchmark measured against"
                + " (bench/README.md); needs the benchmark's bucket");
        NOT_RUN.put("liveness-desk sessions --limit 50", "a benchmark's measured run against a bucket of 10,000"
                + " sessions (bench/README.md)");
        NOT_RUN.put("npm ci", "run by every build: src/main/web/BuildPage.java in generate-resources");
        NOT_RUN.put("node build.mjs", "run by every build: src/main/web/BuildPage.java in generate-resources");
        NOT_RUN.put("jq -e", "an option named in prose; the script right under it runs here");
        String synopsis = "a synopsis with placeholders, not a command; the cli tests run each of its options";
        NOT_RUN.put("liveness-desk <command> [options] # packaged app image", synopsis
                + "; its from-source line runs here as the README writes it");
        NOT_RUN.put("liveness-desk create --region us-east-1 --bucket B --prefix P --audit-images 2 [--kms-key-id K]",
                synopsis);
        NOT_RUN.put("liveness-desk sessions --bucket B [--prefix P] [--limit 100] [--page-token T]", synopsis);
        NOT_RUN.put("liveness-desk images 0f3c1a2b-4d5e-6f70-8192-a3b4c5d6e7f8 --bucket B [--prefix P]", synopsis);
        NOT_RUN.put("liveness-desk create --bucket B --prefix P --campaign NAME --scenario NAME", synopsis);
        NOT_RUN.put("liveness-desk campaign report NAME [--pass-mark 80] [--bucket B --prefix P] [--region R]",
                synopsis);
        NOT_RUN.put("liveness-desk doctor --region us-east-1 [--bucket B] [--prefix P] [--kms-key-id K]"
                + " [--profile NAME]", synopsis);
        String trail = "reads CloudTrail, which needs an AWS account; ActivityCommandsTest runs the command against"
                + " the CloudTrail stand-in over the real SDK";
        NOT_RUN.put("liveness-desk activity --since 24h", trail);
        NOT_RUN.put("liveness-desk timeline ID", trail);
        NOT_RUN.put("liveness-desk activity --since 24h [--caller TEXT] [--source-ip IP] [--outcome failed]"
                + " [--limit 500]", synopsis + "; " + trail);
        NOT_RUN.put("liveness-desk activity", "the command named in the IAM page's table, not a command line");
        NOT_RUN.put("liveness-desk review export --bucket B --prefix P [--campaign NAME] [--pass-mark N]", synopsis
                + "; CampaignCommandsTest runs review export against S3Mock");
        NOT_RUN.put("liveness-desk check SESSION_ID [--region R] [--profile P] [--no-browser]"
                + " [--hand-over-credentials]", synopsis + "; its example needs Chromium with a camera and AWS"
                + " credentials for the page: CheckCommandTest and CheckPageInChromiumTest run the page");
    }

    private static final String FROM_SOURCE = "mvn -q compile exec:java -Dexec.args=\"...\"";
    private static final String STAND_IN = "mvn -q test-compile exec:java -Dexec.classpathScope=test"
            + " -Dexec.mainClass=dev.livenessdesk.testsupport.RekognitionStandInMain -Dexec.args=\"--play-checks 5\"";
    private static final String CREATE_SCRIPT = "set -euo pipefail";
    private static final String SCRIPTING = "out=$(liveness-desk create --region us-east-1 --bucket liveness-out"
            + " --prefix qa/ --audit-images 2) \\";
    private static final String RESULTS_EXAMPLE = "liveness-desk results " + SESSION_ID + " --region us-east-1";

    /** Commands run by the tests below, by their first line. */
    private static final Set<String> RUN = Set.of(FROM_SOURCE, STAND_IN, CREATE_SCRIPT, SCRIPTING, RESULTS_EXAMPLE,
            "bash create-session.sh", "bash read-results.sh <session-id>");

    private static RekognitionStandIn rekognition;
    private static AwsClients seedClients;

    @BeforeAll
    static void standIns() {
        rekognition = RekognitionStandIn.start();
        seedClients = S3TestConnection.clients();
        new S3Seeder(seedClients.s3(S3TestConnection.settings(S3_MOCK.getHttpPort())))
                .bucket("my-liveness-bucket")
                .putJpeg("my-liveness-bucket", "qa/" + SESSION_ID + "/reference.jpg", new byte[300])
                .putJpeg("my-liveness-bucket", "qa/" + SESSION_ID + "/audit_1.jpg", new byte[120]);
    }

    @AfterAll
    static void stopStandIns() {
        rekognition.close();
        seedClients.close();
    }

    @Test
    void everyDocumentedCommandRunsHereOrSaysWhyNot() {
        List<String> unaccounted = new ArrayList<>();
        Set<String> written = new LinkedHashSet<>();
        for (Path page : DocumentedCommands.pages(PROJECT)) {
            for (DocumentedCommands.Command command : DocumentedCommands.in(page)) {
                written.add(command.firstLine());
                if (!RUN.contains(command.firstLine()) && !NOT_RUN.containsKey(command.firstLine())) {
                    unaccounted.add(command.toString());
                }
            }
        }

        assertThat(unaccounted).as("commands neither run here nor listed with why not").isEmpty();
        assertThat(written).as("every command this test runs or lists is still written somewhere")
                .containsAll(RUN).containsAll(NOT_RUN.keySet());
        // The two QA scripts are the two blocks that start the same way; both run below.
        assertThat(scripts(CREATE_SCRIPT)).hasSize(2);
    }

    @Test
    void theCommandLineFromSourcePrintsOneJsonLineAsWritten(@TempDir Path home) throws Exception {
        Finished run = shell(written(FROM_SOURCE), home, Map.of());

        assertThat(run.stderr()).as("the check page's build step never receives exec.args")
                .doesNotContain("bash:").doesNotContain("BUILD FAILURE");
        assertThat(run.stdout().lines().toList()).as("stdout: %s%nstderr: %s", run.stdout(), run.stderr()).hasSize(1);
        JsonNode envelope = JSON.readTree(run.stdout());
        assertThat(envelope.path("success").asBoolean(true)).isFalse();
        assertThat(envelope.path("error").path("code").asText()).isEqualTo("VALIDATION_ERROR");
        assertThat(run.exitCode()).isNotZero();
    }

    @Test
    void theDevelopersStandInCommandPrintsTheUrlItServes(@TempDir Path home) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", written(STAND_IN)).directory(PROJECT.toFile())
                .redirectError(home.resolve("stderr.txt").toFile());
        cleanEnvironment(builder.environment(), home);
        Process process = builder.start();
        try (BufferedReader stdout = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            CompletableFuture<String> firstLine = CompletableFuture.supplyAsync(() -> {
                try {
                    return stdout.readLine();
                } catch (IOException unreadable) {
                    return null;
                }
            });
            String url = firstLine.get(HANG_GUARD_SECONDS, TimeUnit.SECONDS);
            assertThat(url).as("stderr: %s", Files.readString(home.resolve("stderr.txt")))
                    .matches("http://(127\\.0\\.0\\.1|localhost):\\d+/?");
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as("the stand-in answers at its URL").isPositive();
        } finally {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void theQuickStartScriptsCreateAndReadASessionAsWritten(@TempDir Path home) throws Exception {
        List<String> scripts = scripts(CREATE_SCRIPT);
        Files.writeString(home.resolve("create-session.sh"), scripts.get(0));
        Files.writeString(home.resolve("read-results.sh"), scripts.get(1));
        rekognition.respondCreated(SESSION_ID);
        rekognition.respondResultsFor(SESSION_ID, JSON.readTree("{\"SessionId\":\"" + SESSION_ID + "\","
                + "\"Status\":\"SUCCEEDED\",\"Confidence\":91.5}"));

        Finished created = shell(written("bash create-session.sh"), home, launcherOnPath(home));
        assertThat(created.exitCode()).as(created.stderr()).isZero();
        assertThat(created.stdout()).isEqualTo(SESSION_ID + "\n");

        Finished read = shell(written("bash read-results.sh <session-id>").replace("<session-id>", SESSION_ID), home,
                launcherOnPath(home));
        assertThat(read.exitCode()).as(read.stderr()).isZero();
        assertThat(read.stdout()).startsWith("{\n  \"status\": \"SUCCEEDED\",\n  \"confidence\": 91.5\n}\n")
                .endsWith("Reference\ts3://my-liveness-bucket/qa/" + SESSION_ID + "/reference.jpg\n"
                        + "Audit 1\ts3://my-liveness-bucket/qa/" + SESSION_ID + "/audit_1.jpg\n");
    }

    @Test
    void theCreateScriptStopsWithTheErrorsCodeAndWords(@TempDir Path home) throws Exception {
        Files.writeString(home.resolve("create-session.sh"), scripts(CREATE_SCRIPT).get(0));
        rekognition.failWith(RekognitionStandIn.CREATE, 400, "AccessDeniedException", "not allowed");

        Finished created = shell(written("bash create-session.sh"), home, launcherOnPath(home));

        assertThat(created.exitCode()).isEqualTo(1);
        assertThat(created.stdout()).as("no empty id travels on").isEmpty();
        assertThat(created.stderr()).startsWith("AccessDeniedException: ");
    }

    @Test
    void theScriptingExampleAndTheResultsExampleRunAsWritten(@TempDir Path home) throws Exception {
        rekognition.respondCreated(SESSION_ID);
        rekognition.respondResultsFor(SESSION_ID, JSON.readTree("{\"SessionId\":\"" + SESSION_ID + "\","
                + "\"Status\":\"CREATED\"}"));

        Finished scripting = shell(written(SCRIPTING), home, launcherOnPath(home));
        assertThat(scripting.exitCode()).as(scripting.stderr()).isZero();
        assertThat(scripting.stdout()).isEqualTo("CREATED\n");

        Finished results = shell(written(RESULTS_EXAMPLE), home, launcherOnPath(home));
        assertThat(results.exitCode()).as(results.stderr()).isZero();
        assertThat(results.stdout().lines().toList()).hasSize(1);
        assertThat(JSON.readTree(results.stdout()).path("data").path("id").asText()).isEqualTo(SESSION_ID);
    }

    private record Finished(int exitCode, String stdout, String stderr) {
    }

    /** The one command a page writes with this first line (the same command written twice reads the same). */
    private static String written(String firstLine) {
        Set<String> texts = new LinkedHashSet<>();
        for (Path page : DocumentedCommands.pages(PROJECT)) {
            for (DocumentedCommands.Command command : DocumentedCommands.in(page)) {
                if (command.firstLine().equals(firstLine)) {
                    texts.add(command.text());
                }
            }
        }
        assertThat(texts).as("written as '%s'", firstLine).hasSize(1);
        return texts.iterator().next();
    }

    private static List<String> scripts(String firstLine) {
        List<String> texts = new ArrayList<>();
        for (Path page : DocumentedCommands.pages(PROJECT)) {
            for (DocumentedCommands.Command command : DocumentedCommands.in(page)) {
                if (command.firstLine().equals(firstLine)) {
                    texts.add(command.text());
                }
            }
        }
        return texts;
    }

    /** A `liveness-desk` first on PATH: this build's classes, pointed at the stand-ins through the environment. */
    private static Map<String, String> launcherOnPath(Path home) throws IOException {
        Path bin = Files.createDirectories(home.resolve("bin"));
        Path launcher = bin.resolve("liveness-desk");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Files.writeString(launcher, "#!/usr/bin/env bash\nexec '" + java + "' -cp '"
                + System.getProperty("java.class.path") + "' dev.livenessdesk.Main \"$@\"\n");
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        return Map.of("PATH", bin + File.pathSeparator + System.getenv("PATH"),
                "AWS_ENDPOINT_URL_REKOGNITION", rekognition.uri().toString(),
                "AWS_ENDPOINT_URL_S3", "http://localhost:" + S3_MOCK.getHttpPort(),
                "AWS_ACCESS_KEY_ID", RekognitionStandIn.ACCESS_KEY_ID,
                "AWS_SECRET_ACCESS_KEY", RekognitionStandIn.SECRET_ACCESS_KEY);
    }

    private static Finished shell(String command, Path home, Map<String, String> env) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", command)
                .directory(command.contains("mvn ") ? PROJECT.toFile() : home.toFile());
        cleanEnvironment(builder.environment(), home);
        builder.environment().putAll(env);
        Process process = builder.start();
        CompletableFuture<String> stderr = CompletableFuture.supplyAsync(() -> read(process, true));
        String stdout = read(process, false);
        assertThat(process.waitFor(HANG_GUARD_SECONDS, TimeUnit.SECONDS)).as("'%s' ended", command).isTrue();
        return new Finished(process.exitValue(), stdout, stderr.get());
    }

    /** No AWS setup of this machine's user reaches the child: empty config files, no instance metadata. */
    private static void cleanEnvironment(Map<String, String> env, Path home) throws IOException {
        env.keySet().removeIf(name -> name.startsWith("AWS_") || name.startsWith("LIVENESS_DESK_"));
        Path config = Files.writeString(home.resolve("aws-config"), "");
        env.put("AWS_CONFIG_FILE", config.toString());
        env.put("AWS_SHARED_CREDENTIALS_FILE", config.toString());
        env.put("AWS_EC2_METADATA_DISABLED", "true");
        env.put("AWS_REGION", "us-east-1");
    }

    private static String read(Process process, boolean error) {
        try {
            return new String((error ? process.getErrorStream() : process.getInputStream()).readAllBytes(),
                    StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            return "";
        }
    }
}
