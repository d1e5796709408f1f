package dev.livenessdesk.packaging;

import dev.livenessdesk.testsupport.RekognitionStandIn;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code mvn -Papp-image verify}: checks the built image as a user meets it on this OS: --version answers, the
 * command line creates a session against the Rekognition stand-in and prints one JSON line, and the desktop
 * window shows (under Xvfb on Linux when there is no display; on the desktop session of Windows and macOS).
 * Arguments: Maven build directory, version. Runs in Maven's JVM (exec:java): it fails by throwing, never by exit.
 */
public final class AppImageCheck {

    private static final Pattern CREATED =
            Pattern.compile("\\{\"success\":true,\"data\":\\{\"id\":\"[0-9a-f-]{36}\",\"created_at\":\"[0-9T:.Z-]+\"}}");
    private static final Duration LIMIT = Duration.ofMinutes(2);

    private AppImageCheck() {
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[0]).toAbsolutePath();
        String version = args[1];
        PackagingOs os = PackagingOs.current();
        Path image = os.imageDirectory(target.resolve("dist"));
        Path work = Files.createTempDirectory("image-check");
        try {
            check(os, image, target, version, work);
            System.out.println("app image check passed");
            InstallerCheck.checkAll(os, target.resolve("installers"), version, work);
        } finally {
            AppImageBuild.deleteTree(work);
        }
    }

    private static void check(PackagingOs os, Path image, Path target, String version, Path work) throws Exception {
        Map<String, String> environment = CheckEnvironment.isolatedIn(work);
        Path commandLine = os.commandLine(image);
        System.out.println("== --version (" + commandLine + ")");
        answersItsVersion(commandLine, version, environment);

        Path app = os.appDirectory(image);
        if (Files.exists(image.resolve("bin/liveness-desk-cli"))) {
            System.out.println("== the launchers behind bin/liveness-desk");
            expect(Files.isExecutable(image.resolve("bin/liveness-desk-desktop")), "bin/liveness-desk-desktop is missing");
            Commands.Result cli = Commands.run(List.of(image.resolve("bin/liveness-desk-cli").toString(), "--version"),
                    environment, LIMIT);
            expect(cli.out().strip().equals(PackagingOs.COMMAND + " " + version), "liveness-desk-cli --version");
            for (String cache : List.of("cli.aot", "desktop.aot")) {
                System.out.println(Files.exists(app.resolve(cache)) ? "AOT cache " + cache + ": "
                        + Files.size(app.resolve(cache)) / (1024 * 1024) + " MB"
                        : "note: no " + cache + " (that launcher starts without an AOT cache)");
            }
        }

        System.out.println("== create against the Rekognition stand-in");
        createsASession(commandLine, environment);

        System.out.println("== the desktop window (sandbox)");
        List<String> probe = new ArrayList<>();
        String display = System.getenv("DISPLAY");
        if (os == PackagingOs.LINUX && (display == null || display.isBlank())) {
            probe.addAll(List.of("xvfb-run", "-a", "-s", "-screen 0 1440x900x24"));
        }
        probe.addAll(CheckEnvironment.javaWithTestClasses(target, WindowProbe.class.getName()));
        probe.addAll(List.of(os.desktopLauncher(image).toString(), work.resolve("app.log").toString(), "0"));
        Commands.Result window = Commands.run(probe, environment, Duration.ofMinutes(3));
        String log = Files.exists(work.resolve("app.log")) ? Files.readString(work.resolve("app.log")) : "";
        expect(window.ok(), "no desktop window: " + window.out() + window.err() + log);
        System.out.println(window.out().strip());
    }

    /** The command line prints {@code liveness-desk VERSION} and nothing on stderr. */
    static void answersItsVersion(Path commandLine, String version, Map<String, String> environment)
            throws IOException {
        Commands.Result said = Commands.run(List.of(commandLine.toString(), "--version"), environment, LIMIT);
        expect(said.out().strip().equals(PackagingOs.COMMAND + " " + version), "--version said '" + said.out().strip()
                + "' " + said.err());
        expect(said.err().isBlank(), "the command line warned on stderr: " + said.err());
        System.out.println(said.out().strip());
    }

    /** The command line creates a session against the Rekognition stand-in and prints its one JSON line. */
    static void createsASession(Path commandLine, Map<String, String> environment) throws IOException {
        try (RekognitionStandIn standIn = RekognitionStandIn.start()) {
            Map<String, String> aws = new HashMap<>(environment);
            aws.put("AWS_ENDPOINT_URL_REKOGNITION", standIn.uri().toString());
            aws.put("AWS_ACCESS_KEY_ID", "AKIDEXAMPLE");
            aws.put("AWS_SECRET_ACCESS_KEY", "example");
            aws.put("AWS_REGION", "us-east-1");
            Commands.Result created = Commands.run(List.of(commandLine.toString(), "create", "--bucket",
                    "liveness-check", "--prefix", "ci/", "--audit-images", "1"), aws, LIMIT);
            System.out.println(created.out().strip());
            expect(CREATED.matcher(created.out().strip()).matches(), "create printed '" + created.out().strip() + "' "
                    + created.err());
        }
    }

    static void expect(boolean condition, String failure) {
        if (!condition) {
            throw new IllegalStateException("app image check FAILED: " + failure);
        }
    }
}
