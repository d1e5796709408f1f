package dev.livenessdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The endpoint variables as a real process sees them (the SDK reads the process's environment, which no test can
 * change in its own JVM): a blank one is unset for the SDK too, and every message names the endpoint the calls
 * really went to, STS included.
 */
class EndpointVariablesProcessTest {

    private static final long HANG_GUARD_SECONDS = 120;

    @TempDir
    Path home;

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** One run of the real Main with only these AWS variables; https goes through a proxy that refuses. */
    private Result run(Map<String, String> variables, String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Dhttps.proxyHost=127.0.0.1",
                "-Dhttps.proxyPort=" + closedPort(), "-Duser.home=" + home, "-cp",
                System.getProperty("java.class.path"), "dev.livenessdesk.Main"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("AWS_"));
        env.put("AWS_ACCESS_KEY_ID", "AKIDEXAMPLE");
        env.put("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
        env.put("AWS_CONFIG_FILE", home.resolve("config").toString());
        env.put("AWS_SHARED_CREDENTIALS_FILE", home.resolve("credentials").toString());
        env.put("AWS_EC2_METADATA_DISABLED", "true");
        env.putAll(variables);
        Process process = builder.directory(new File(System.getProperty("user.dir"))).start();
        CompletableFuture<String> stderr = CompletableFuture.supplyAsync(() -> LauncherProcessTest.read(process, true));
        String stdout = LauncherProcessTest.read(process, false);
        assertThat(process.waitFor(HANG_GUARD_SECONDS, TimeUnit.SECONDS)).as("process ended").isTrue();
        return new Result(process.exitValue(), CliRun.parse(stdout), stderr.get());
    }

    private record Result(int exit, JsonNode envelope, String stderr) {
        String code() {
            return envelope.path("error").path("code").asText();
        }

        String message() {
            return envelope.path("error").path("message").asText();
        }
    }

    @Test
    void blankEndpointVariablesAreUnsetForTheSdkToo() throws Exception {
        for (String blank : List.of("", " ")) {
            Result listing = run(Map.of("AWS_ENDPOINT_URL", blank, "AWS_ENDPOINT_URL_S3", blank),
                    "sessions", "--bucket", "liveness-out", "--region", "us-east-1");

            assertThat(listing.code()).as("blank %s: %s", "'" + blank + "'", listing.stderr())
                    .isEqualTo("NETWORK_ERROR");
            assertThat(listing.message()).startsWith("Could not reach https://").doesNotContain("endpointOverride");
        }
    }

    @Test
    void stsCallsNameTheEndpointTheyReallyWentTo() throws Exception {
        String endpoint = "http://127.0.0.1:" + closedPort();

        Result doctor = run(Map.of("AWS_ENDPOINT_URL", endpoint), "doctor", "--region", "us-east-1");

        String all = doctor.envelope().toString();
        assertThat(all).as(doctor.stderr()).contains("Could not reach " + endpoint)
                .doesNotContain("sts.us-east-1.amazonaws.com").contains("AWS_ENDPOINT_URL_STS");
    }

    @Test
    void aPasswordInAnEndpointVariableIsNeverEchoed() throws Exception {
        Result run = run(Map.of("AWS_ENDPOINT_URL", "ftp://u:Secret@127.0.0.1:1"), "doctor", "--region",
                "us-east-1");

        assertThat(run.envelope().toString() + run.stderr()).doesNotContain("Secret").doesNotContain("u:");
    }
}
