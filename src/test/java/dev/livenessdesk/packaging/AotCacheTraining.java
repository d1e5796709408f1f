package dev.livenessdesk.packaging;

import dev.livenessdesk.testsupport.RekognitionStandIn;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes the Linux image's two AOT caches (JEP 483/514, Java 25) with one training run of each launcher, through the
 * launcher itself so the class path and JVM options match what users run:
 * <ul>
 *   <li>lib/app/cli.aot: a create, its results and a sessions listing against the Rekognition stand-in
 *       (dev.livenessdesk.AotTraining is the launcher's main class for the training run only)</li>
 *   <li>lib/app/desktop.aot: the desktop window in the sandbox under Xvfb, closed once it has drawn</li>
 * </ul>
 * A launcher whose training fails simply starts without a cache. The caches hold class data only, no user data.
 */
final class AotCacheTraining {

    private final Path image;
    private final Path target;
    private final Path app;

    AotCacheTraining(PackagingOs os, Path image, Path target) {
        this.image = image;
        this.target = target;
        this.app = os.appDirectory(image);
    }

    void train() throws Exception {
        Path work = Files.createTempDirectory("aot-training");
        try (RekognitionStandIn standIn = RekognitionStandIn.start()) {
            Map<String, String> environment = new HashMap<>(CheckEnvironment.isolatedIn(work));
            environment.put("AWS_ENDPOINT_URL_REKOGNITION", standIn.uri().toString());
            environment.put("AWS_ENDPOINT_URL_S3", "http://127.0.0.1:9");
            environment.put("AWS_ACCESS_KEY_ID", "AKIDTRAINING");
            environment.put("AWS_SECRET_ACCESS_KEY", "training");
            environment.put("AWS_REGION", "us-east-1");
            Path cli = app.resolve("liveness-desk-cli.cfg");
            setMainClass(cli, "dev.livenessdesk.AotTraining");
            try {
                train("liveness-desk-cli", "cli.aot", List.of(image.resolve("bin/liveness-desk-cli").toString(),
                        "create", "--bucket", "liveness-training", "--prefix", "training/", "--audit-images", "2"),
                        environment);
            } finally {
                setMainClass(cli, JpackagePlan.MAIN_CLASS);
            }
            if (Files.readAllLines(cli).stream().noneMatch(("app.mainclass=" + JpackagePlan.MAIN_CLASS)::equals)) {
                throw new IOException("the CLI launcher's main class was not put back");
            }
            List<String> desktop = new ArrayList<>(List.of("xvfb-run", "-a", "-s", "-screen 0 1180x760x24"));
            desktop.addAll(CheckEnvironment.javaWithTestClasses(target, WindowProbe.class.getName()));
            desktop.addAll(List.of(image.resolve("bin/liveness-desk-desktop").toString(),
                    work.resolve("desktop.log").toString(), "3"));
            train("liveness-desk-desktop", "desktop.aot", desktop, CheckEnvironment.isolatedIn(work));
        } finally {
            AppImageBuild.deleteTree(work);
        }
        // The runtime keeps the JDK's own CDS archive (jlink --generate-cds-archive): a launch without a cache,
        // such as --version (bin/liveness-desk) or the jpackage launcher when the cache cannot be mapped, uses it.
    }

    private void train(String launcher, String cache, List<String> command, Map<String, String> environment)
            throws IOException {
        Path cfg = app.resolve(launcher + ".cfg");
        Files.deleteIfExists(app.resolve(cache));
        removeOption(cfg, "-XX:AOTCache=$APPDIR/" + cache);
        addOption(cfg, "-XX:AOTCacheOutput=$APPDIR/" + cache);
        Commands.Result result;
        try {
            result = Commands.run(command, environment, Duration.ofMinutes(5));
        } catch (IOException e) {
            result = new Commands.Result(-1, "", e.getMessage());
        }
        removeOption(cfg, "-XX:AOTCacheOutput=$APPDIR/" + cache);
        if (nonEmpty(app.resolve(cache))) {
            addOption(cfg, "-XX:AOTCache=$APPDIR/" + cache);
            System.out.println("AOT cache " + cache + ": " + Files.size(app.resolve(cache)) / (1024 * 1024) + " MB");
        } else {
            String said = (result.out() + result.err()).strip();
            System.out.println("AOT cache " + cache + " not made (the launcher starts without one): "
                    + said.substring(Math.max(0, said.length() - 600)));
        }
    }

    private static boolean nonEmpty(Path file) throws IOException {
        return Files.isRegularFile(file) && Files.size(file) > 0;
    }

    /** Puts one java-options line first under [JavaOptions] in a launcher's .cfg. */
    static void addOption(Path cfg, String option) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(cfg, StandardCharsets.UTF_8)) {
            lines.add(line);
            if (line.equals("[JavaOptions]")) {
                lines.add("java-options=" + option);
            }
        }
        Files.write(cfg, lines, StandardCharsets.UTF_8);
    }

    static void removeOption(Path cfg, String option) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(cfg, StandardCharsets.UTF_8));
        lines.removeIf(("java-options=" + option)::equals);
        Files.write(cfg, lines, StandardCharsets.UTF_8);
    }

    private static void setMainClass(Path cfg, String mainClass) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(cfg, StandardCharsets.UTF_8));
        lines.replaceAll(line -> line.startsWith("app.mainclass=") ? "app.mainclass=" + mainClass : line);
        Files.write(cfg, lines, StandardCharsets.UTF_8);
    }
}
