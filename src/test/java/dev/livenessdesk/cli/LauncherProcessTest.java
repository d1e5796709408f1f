package dev.livenessdesk.cli;

import static dev.livenessdesk.cli.CliRun.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.livenessdesk.testsupport.RekognitionStandIn;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real process: Main with arguments takes the command-line path, the SDK honours
 * AWS_ENDPOINT_URL_REKOGNITION and AWS_REGION, stdout is one JSON line while logs stay on stderr, and no JavaFX
 * class is loaded.
 */
class LauncherProcessTest {

    private static final String SESSION_ID = "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d";
    // Guards against a hung child only; nothing is asserted about time.
    private static final long HANG_GUARD_SECONDS = 120;

    /** A stand-in of its own for each test, closed after it. */
    @AutoClose
    private final RekognitionStandIn standIn = RekognitionStandIn.start();

    @Test
    void mainWithArgumentsCreatesASessionThroughTheEnvironmentsEndpoint(@TempDir Path home) throws Exception {
        standIn.respondCreated(SESSION_ID);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path classLog = home.resolve("classes.log");
        ProcessBuilder builder = new ProcessBuilder(java, "-Xlog:class+load=info:file=" + classLog,
                "-cp", System.getProperty("java.class.path"),
                "dev.livenessdesk.Main", "create", "--bucket", "liveness-out", "--prefix", "qa/",
                "--audit-images", "1");
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("AWS_"));
        env.put("AWS_ENDPOINT_URL_REKOGNITION", standIn.uri().toString());
        env.put("AWS_REGION", "us-east-1");
        env.put("AWS_ACCESS_KEY_ID", RekognitionStandIn.ACCESS_KEY_ID);
        env.put("AWS_SECRET_ACCESS_KEY", RekognitionStandIn.SECRET_ACCESS_KEY);
        env.put("AWS_CONFIG_FILE", home.resolve("config").toString());
        env.put("AWS_SHARED_CREDENTIALS_FILE", home.resolve("credentials").toString());
        env.put("AWS_EC2_METADATA_DISABLED", "true");
        Process process = builder.directory(new File(System.getProperty("user.dir"))).start();
        CompletableFuture<String> stderr = CompletableFuture.supplyAsync(() -> read(process, true));
        String stdout = read(process, false);

        assertThat(process.waitFor(HANG_GUARD_SECONDS, TimeUnit.SECONDS)).as("process ended").isTrue();
        assertThat(process.exitValue()).as("exit code; stderr: %s", stderr.get()).isZero();
        assertThat(stdout.lines().toList()).hasSize(1);
        assertThat(CliRun.parse(stdout).path("data").path("id").asText()).isEqualTo(SESSION_ID);
        assertThat(CliRun.parse(stdout).path("data").path("created_at").asText()).endsWith("Z");
        assertThat(standIn.lastRequest(RekognitionStandIn.CREATE).body()).isEqualTo(json(
                "{'Settings':{'OutputConfig':{'S3Bucket':'liveness-out','S3KeyPrefix':'qa/'},'AuditImagesLimit':1}}"));
        assertThat(List.of(stderr.get().split("\\R"))).noneMatch(line -> line.startsWith("{"));
        assertThat(Files.readAllLines(classLog)).as("classes loaded").noneMatch(line -> line.contains(" javafx."))
                .anyMatch(line -> line.contains(" dev.livenessdesk.cli.CreateCommand "));
    }

    /**
     * {@code --version} alone is answered before the command line is built: the same line picocli prints for it,
     * exit 0, and no picocli or SDK class loaded (bench/README: those cost most of a 0.4 s run).
     */
    @Test
    void versionAloneIsAnsweredWithoutBuildingTheCommandLine(@TempDir Path home) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path classLog = home.resolve("classes.log");
        for (String option : List.of("--version", "-V")) {
            Process process = new ProcessBuilder(java, "-Xlog:class+load=info:file=" + classLog,
                    "-cp", System.getProperty("java.class.path"), "dev.livenessdesk.Main", option).start();
            CompletableFuture<String> stderr = CompletableFuture.supplyAsync(() -> read(process, true));
            String stdout = read(process, false);

            assertThat(process.waitFor(HANG_GUARD_SECONDS, TimeUnit.SECONDS)).as("process ended").isTrue();
            assertThat(process.exitValue()).as("exit code; stderr: %s", stderr.get()).isZero();
            assertThat(stdout).isEqualTo(CliRun.run(() -> {
                throw new AssertionError("--version builds no backend");
            }, "--version").stdout())
                    .matches("liveness-desk \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R");
            assertThat(stderr.get()).isEmpty();
            assertThat(Files.readAllLines(classLog)).as("classes loaded for " + option)
                    .noneMatch(line -> line.contains(" picocli.") || line.contains(" software.amazon.")
                            || line.contains(" ch.qos.logback.") || line.contains(" javafx."));
        }
    }

    /** All a process wrote on stdout or stderr, as UTF-8. */
    static String read(Process process, boolean error) {
        try {
            return new String((error ? process.getErrorStream() : process.getInputStream()).readAllBytes(),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
