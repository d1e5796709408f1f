package dev.livenessdesk.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * The CI workflow that builds and checks the installers on Windows, macOS and Linux (.github/workflows/
 * installers.yml), read here because GitHub's runners are not: the matrix, the README's test command, the
 * installers and their check, the uploads, the release with its checksums, signing only from secrets, and steps
 * that run under Windows' PowerShell written for it.
 */
class InstallersWorkflowTest {

    private static final Path WORKFLOW = Path.of(".github", "workflows", "installers.yml");
    /** GitHub-hosted labels by CPU: macos-13 and macos-15-intel are the Intel Macs, the others Apple silicon. */
    private static final Map<String, String> MAC_RUNNERS = Map.of("macos-13", "x64", "macos-15-intel", "x64",
            "macos-26-intel", "x64", "macos-14", "arm64", "macos-15", "arm64", "macos-26", "arm64",
            "macos-latest", "arm64");
    private static final Pattern ACTION = Pattern.compile("([\\w-]+/[\\w-]+)@(v\\d+)");

    private static JsonNode workflow;
    private static JsonNode build;

    @BeforeAll
    static void readTheWorkflow() throws Exception {
        workflow = new ObjectMapper(new YAMLFactory()).readTree(WORKFLOW.toFile());
        build = workflow.path("jobs").path("build");
    }

    @Test
    void runsOnEveryPushAndTagAndMakesAReleaseOnAVersionTag() {
        JsonNode on = workflow.path("on");
        assertThat(texts(on.path("push").path("branches"))).containsExactly("**");
        assertThat(texts(on.path("push").path("tags"))).containsExactly("v*");
        assertThat(on.has("pull_request")).isTrue();
        assertThat(workflow.path("permissions").path("contents").asText()).isEqualTo("read");
    }

    @Test
    void theMatrixHasUbuntuWindowsAndMacOsOnIntelAndAppleSilicon() {
        List<String> names = new ArrayList<>();
        List<String> macArchitectures = new ArrayList<>();
        for (JsonNode leg : build.path("strategy").path("matrix").path("include")) {
            String runner = leg.path("os").asText();
            String name = leg.path("name").asText();
            names.add(name);
            if (runner.startsWith("macos")) {
                assertThat(MAC_RUNNERS).as("a GitHub-hosted macOS label").containsKey(runner);
                assertThat(name).isEqualTo("macos-" + MAC_RUNNERS.get(runner));
                macArchitectures.add(MAC_RUNNERS.get(runner));
            } else {
                assertThat(runner).matches("(ubuntu-2\\d\\.04|windows-20\\d\\d)");
                assertThat(name).isEqualTo((runner.startsWith("ubuntu") ? "linux" : "windows") + "-x64");
            }
        }
        assertThat(names).containsExactlyInAnyOrder("linux-x64", "windows-x64", "macos-x64", "macos-arm64");
        assertThat(macArchitectures).containsExactlyInAnyOrder("x64", "arm64");
        assertThat(build.path("strategy").path("fail-fast").asBoolean(true)).as("one OS failing stops none").isFalse();
        assertThat(build.path("runs-on").asText()).isEqualTo("${{ matrix.os }}");
    }

    @Test
    void everyLegRunsTheReadmesTestCommand() throws Exception {
        Matcher readme = Pattern.compile("(?m)^(mvn [\\w -]+?)\\s+# run the tests").matcher(
                Files.readString(Path.of("README.md")));
        assertThat(readme.find()).as("the README's test command").isTrue();

        JsonNode test = step("The README's test command");
        // -B (batch mode) only keeps Maven's download progress out of the log, as .ci/run does.
        assertThat(test.path("run").asText().strip().replace(" -B", "")).isEqualTo(readme.group(1).strip());
        assertThat(test.has("if")).as("every leg, every time").isFalse();
    }

    @Test
    void everyLegBuildsThisOsInstallersAndStartsTheImageItBuilt() throws Exception {
        JsonNode installers = step("App image, installers and the image check");
        assertThat(installers.path("run").asText().strip()).isEqualTo("mvn -B -Papp-image verify -DskipTests"
                + " -Dinstallers=all \"-Dimage.jdk=${JAVA_HOME_25_X64:-$JAVA_HOME_25_ARM64}\"");
        assertThat(installers.path("shell").asText()).isEqualTo("bash");
        // Temurin 25 makes the image on every OS, as on the Linux machine; 17, listed last, runs Maven and the tests.
        JsonNode java = uses("actions/setup-java").get(0).path("with");
        assertThat(java.path("distribution").asText()).isEqualTo("temurin");
        assertThat(java.path("java-version").asText().strip().split("\\s+")).containsExactly("25", "17");
        assertThat(installers.path("if").asText()).contains("!cancelled()");

        // verify runs AppImageCheck after the build: --version, a create against the stand-in, the window.
        Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile());
        String phase = (String) XPathFactory.newInstance().newXPath().evaluate(
                "//profile[id='app-image']//execution[configuration/mainClass"
                        + "='dev.livenessdesk.packaging.AppImageCheck']/phase", pom, XPathConstants.STRING);
        assertThat(phase).isEqualTo("verify");

        JsonNode linux = step("Linux packages (GTK for the window, Xvfb and xwininfo for its check, rpm and fakeroot"
                + " for the installers)");
        assertThat(linux.path("if").asText()).isEqualTo("runner.os == 'Linux'");
        assertThat(linux.path("run").asText()).contains("rpm", "cpio", "fakeroot", "xvfb", "x11-utils",
                "libgtk-3-0");
        assertThat(step("WiX on the PATH (Windows)").path("if").asText()).isEqualTo("runner.os == 'Windows'");
    }

    @Test
    void everyLegUploadsItsInstallersAndFailsWhenThereAreNone() {
        JsonNode upload = uses("actions/upload-artifact").get(0);
        assertThat(upload.path("with").path("name").asText()).isEqualTo("liveness-desk-${{ matrix.name }}");
        assertThat(upload.path("with").path("path").asText()).isEqualTo("target/installers/*");
        assertThat(upload.path("with").path("if-no-files-found").asText()).isEqualTo("error");
    }

    @Test
    void aVersionTagMakesAReleaseWithSha256ChecksumsBesideTheFiles() {
        JsonNode release = workflow.path("jobs").path("release");
        assertThat(release.path("if").asText()).isEqualTo("startsWith(github.ref, 'refs/tags/v')");
        assertThat(release.path("needs").asText()).isEqualTo("build");
        assertThat(release.path("permissions").path("contents").asText()).isEqualTo("write");

        List<JsonNode> steps = list(release.path("steps"));
        assertThat(steps.get(0).path("uses").asText()).startsWith("actions/download-artifact@");
        assertThat(steps.get(0).path("with").path("merge-multiple").asBoolean()).isTrue();
        JsonNode sums = steps.get(1);
        assertThat(sums.path("working-directory").asText()).isEqualTo("installers");
        assertThat(sums.path("run").asText()).startsWith("sha256sum -- * > SHA256SUMS");
        assertThat(steps.get(2).path("run").asText()).startsWith("gh release create \"$GITHUB_REF_NAME\" installers/*");
    }

    @Test
    void signingSwitchesOnOnlyWhenItsSecretsAreSet() {
        assertThat(build.path("env").path("HAS_MACOS_CERTIFICATE").asText())
                .isEqualTo("${{ secrets.MACOS_CERTIFICATE != '' }}");
        assertThat(build.path("env").path("HAS_WINDOWS_CERTIFICATE").asText())
                .isEqualTo("${{ secrets.WINDOWS_CERTIFICATE != '' }}");
        JsonNode mac = step("macOS signing identity (only when the certificate secret is set)");
        assertThat(mac.path("if").asText()).isEqualTo("runner.os == 'macOS' && env.HAS_MACOS_CERTIFICATE == 'true'");
        // AppImageBuild reads MAC_SIGNING_IDENTITY and hands it to jpackage (--mac-sign): JpackagePlanTest.
        assertThat(mac.path("run").asText())
                .contains("echo \"MAC_SIGNING_IDENTITY=$MACOS_SIGNING_IDENTITY\" >> \"$GITHUB_ENV\"");
        JsonNode windows = step("Sign the Windows installer (only when the certificate secret is set)");
        assertThat(windows.path("if").asText())
                .isEqualTo("runner.os == 'Windows' && env.HAS_WINDOWS_CERTIFICATE == 'true'");
        assertThat(windows.path("run").asText()).contains("signtool", "/tr http://timestamp.digicert.com");
        // Secrets reach only the steps that sign.
        for (JsonNode step : list(build.path("steps"))) {
            boolean signs = step.path("name").asText().toLowerCase(java.util.Locale.ROOT).contains("sign");
            assertThat(step.path("env").toString().contains("secrets.")).as(step.path("name").asText())
                    .isEqualTo(signs);
        }
    }

    /**
     * A step with no shell of its own runs under PowerShell on Windows: such a step must be kept off Windows, or
     * say its shell (bash from Git for Windows, or pwsh).
     */
    @Test
    void everyScriptThatRunsOnWindowsSaysItsShell() {
        assertThat(build.path("defaults").isMissingNode()).isTrue();
        for (JsonNode step : list(build.path("steps"))) {
            if (!step.has("run")) {
                continue;
            }
            String shell = step.path("shell").asText();
            String condition = step.path("if").asText();
            boolean offWindows = condition.contains("runner.os == 'Linux'")
                    || condition.contains("runner.os == 'macOS'");
            assertThat(offWindows || shell.equals("bash") || shell.equals("pwsh"))
                    .as("step '%s' (shell '%s', if '%s')", step.path("name").asText(), shell, condition).isTrue();
            if (shell.equals("pwsh")) {
                assertThat(step.path("run").asText()).as("bash syntax in a PowerShell step")
                        .doesNotContain("$(", "&&", "||", "export ", "fi\n", "[ -");
            }
        }
    }

    /**
     * Every action is pinned to a major version that exists and runs on Node 24 (checked against the actions'
     * own repositories when this was written: checkout v5, setup-java v5, setup-node v5, upload-artifact v6,
     * download-artifact v7), never to a branch.
     */
    @Test
    void everyActionIsPinnedToAKnownMajorVersion() {
        Map<String, String> known = Map.of("actions/checkout", "v5", "actions/setup-java", "v5",
                "actions/setup-node", "v5", "actions/upload-artifact", "v6", "actions/download-artifact", "v7");
        List<String> used = new ArrayList<>();
        for (JsonNode job : workflow.path("jobs")) {
            for (JsonNode step : list(job.path("steps"))) {
                if (step.has("uses")) {
                    Matcher action = ACTION.matcher(step.path("uses").asText());
                    assertThat(action.matches()).as(step.path("uses").asText()).isTrue();
                    assertThat(action.group(2)).as(action.group(1)).isEqualTo(known.get(action.group(1)));
                    used.add(action.group(1));
                }
            }
        }
        assertThat(used).containsExactlyInAnyOrderElementsOf(known.keySet());
    }

    private static JsonNode step(String name) {
        return list(build.path("steps")).stream().filter(s -> s.path("name").asText().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no step '" + name + "' in " + WORKFLOW));
    }

    private static List<JsonNode> uses(String action) {
        return list(build.path("steps")).stream().filter(s -> s.path("uses").asText().startsWith(action + "@"))
                .toList();
    }

    private static List<JsonNode> list(JsonNode array) {
        assertThat(array.isArray()).as("a list in " + WORKFLOW).isTrue();
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    private static List<String> texts(JsonNode array) {
        return list(array).stream().map(JsonNode::asText).toList();
    }
}
