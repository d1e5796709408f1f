package dev.livenessdesk.packaging;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The arguments the build hands jlink and jpackage for one OS, as plain lists so a test can check the Windows and
 * macOS ones on Linux. The JVM options are the same everywhere; what differs comes from {@link PackagingOs}.
 */
record JpackagePlan(PackagingOs os, Path root, Path target, String version, int javaFeature, String macSigningIdentity,
        Instant packagedAt) {

    /** A plan packaged now (the time the installers give their files: AppImageBuild's packagingEnvironment). */
    JpackagePlan(PackagingOs os, Path root, Path target, String version, int javaFeature, String macSigningIdentity) {
        this(os, root, target, version, javaFeature, macSigningIdentity, Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }

    static final String MAIN_CLASS = "dev.livenessdesk.Main";
    /** The image's and the installers' description (a package manager shows it). */
    static final String DESCRIPTION = "Amazon Rekognition Face Liveness sessions, results and images";

    /**
     * JVM options of every launcher: the serial collector keeps an idle desktop small (one GC thread, no G1
     * remembered sets); JVM warnings go to stderr, never into the command line's JSON. C1 only
     * (TieredStopAtLevel=1): the app's work comes in short bursts that end before C2's compiles pay back, and on a
     * 2-core machine C2's threads take the core the FX thread needs (docs/performance.md: the window 2.56 s ->
     * 1.73 s). From Java 24 on the image allows native access and sun.misc.Unsafe for the class path (JavaFX,
     * SQLite), so a user's terminal stays free of the JVM's warnings.
     */
    List<String> baseJavaOptions() {
        List<String> options = new ArrayList<>(List.of("-Xss2m", "-Dfile.encoding=UTF-8", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-Xlog:disable", "-Xlog:all=warning:stderr"));
        if (javaFeature >= 24) {
            options.addAll(List.of("--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow"));
        }
        return options;
    }

    /**
     * The desktop starts from a small heap and gives back what it no longer uses (idle under 250 MB resident).
     * -ShrinkHeapInSteps: the full collection the window runs when left alone (IdleMemoryGiveBack) gives the heap
     * back at once, not a tenth of it per collection. MaxHeapFreeRatio=30 is the room a working window keeps after
     * a full collection; the idle give-back lowers it to MinHeapFreeRatio for its own collections (HeapFreeRoom). -Xmn12m: the serial collector sizes the young generation
     * from the starting heap and resizes it only at a full collection, so from -Xms16m it stayed at 5 MB, a
     * young collection every 10-20 ms moved nearly everything to the old generation, and that grew to 2.7 GB in
     * 100 sandbox sessions before any full collection (bench/README); 24 MB cost the idle window 11 MB more
     * (247 against 236 MB). -Xms32m leaves the old generation room for the AOT cache's archived objects: with a
     * young generation as large as the starting heap the JVM refuses the cache and does not start at all.
     * -Xmx768m: the serial collector grows the old generation rather than collect it while it may, up to a quarter
     * of the machine's memory; 768 MB is three times the most the desk was measured to keep (190-270 MB of live
     * heap through 300 sandbox sessions; a 30,000-event Activity day under 100 MB).
     * SweeperThreshold=50: at the default 15% the serial collector's full GC for unused compiled code froze the
     * window for 86 ms after the first Create (bench/fx-stall); the desktop uses about 9 MB of its 48 MB cache.
     */
    List<String> desktopJavaOptions() {
        List<String> options = new ArrayList<>(List.of("-Xms32m", "-Xmx768m", "-Xmn12m", "-XX:MinHeapFreeRatio=10",
                "-XX:MaxHeapFreeRatio=30", "-XX:-ShrinkHeapInSteps", "-XX:SweeperThreshold=50"));
        // glibc keeps the native memory JavaFX and GTK freed (the software renderer's buffers) until trimmed:
        // trimming every 5 s took the idle window from 240-243 to 231-232 MB resident (bench/README). A product
        // option from Java 22 on, and glibc's own: Linux only.
        if (os == PackagingOs.LINUX && javaFeature >= 22) {
            options.add("-XX:TrimNativeHeapInterval=5000");
        }
        return options;
    }

    Path input() {
        return target.resolve("jpackage-input");
    }

    Path runtime() {
        return target.resolve("jpackage-runtime");
    }

    Path dest() {
        return target.resolve("dist");
    }

    Path commandLineProperties() {
        return target.resolve("command-line-launcher.properties");
    }

    /** jpackage's Linux resource folder for the installers: menu entries and icons by launcher name. */
    Path linuxResources() {
        return target.resolve("jpackage-linux-resources");
    }

    String mainJar() {
        return PackagingOs.COMMAND + "-" + version + ".jar";
    }

    /**
     * jdk.crypto.ec: jdeps misses it, and without it HTTPS to AWS fails (STACK.md trap 9). jdk.localedata keeps
     * dates and numbers right outside English; java.naming: logback's configurator links JNDI classes jdeps cannot see.
     */
    static String runtimeModules(String jdepsModules) {
        return jdepsModules.strip() + ",jdk.crypto.ec,jdk.localedata,jdk.zipfs,java.naming";
    }

    List<String> jlink(Path jdk, String modules) {
        return List.of(os.tool(jdk, "jlink").toString(), "--add-modules", modules, "--output", runtime().toString(),
                "--strip-debug", "--no-header-files", "--no-man-pages",
                javaFeature >= 21 ? "--compress=zip-6" : "--compress=2", "--include-locales=en,de,fr,es,ja,pt",
                "--generate-cds-archive");
    }

    /** {@code jpackage --type app-image}: the desktop launcher, and the command-line launcher where it is its own. */
    List<String> appImage(Path jdk) {
        List<String> args = new ArrayList<>(List.of(os.tool(jdk, "jpackage").toString(), "--type", "app-image",
                "--name", os.mainLauncherName(javaFeature),
                "--app-version", os.bundleVersion(version),
                "--vendor", "Liveness Desk",
                "--description", DESCRIPTION,
                "--input", input().toString(),
                "--main-jar", mainJar(),
                "--main-class", MAIN_CLASS,
                "--runtime-image", runtime().toString(),
                "--icon", os.icon(root).toString(),
                "--dest", dest().toString()));
        for (String option : baseJavaOptions()) {
            args.addAll(List.of("--java-options", option));
        }
        for (String option : desktopJavaOptions()) {
            args.addAll(List.of("--java-options", option));
        }
        if (!commandLineLauncher().isEmpty()) {
            args.addAll(List.of("--add-launcher", os.commandLineLauncherName() + "=" + commandLineProperties()));
        }
        args.addAll(os.appImageOptions(macSigningIdentity));
        return args;
    }

    /** The extra command-line launcher's properties (empty where there is none). */
    Map<String, String> commandLineLauncher() {
        return os.commandLineLauncher(baseJavaOptions(), javaFeature);
    }

    /** {@code jpackage --type msi|dmg|deb|rpm --app-image ...}: an installer of the built image into {@code into}. */
    List<String> installer(Path jdk, String type, Path image, Path into) {
        List<String> args = new ArrayList<>(List.of(os.tool(jdk, "jpackage").toString(), "--type", type,
                "--app-image", image.toString(), "--name", os.appName(),
                "--app-version", os.bundleVersion(version), "--vendor", "Liveness Desk", "--description", DESCRIPTION,
                "--dest", into.toString()));
        args.addAll(os.installerOptions(linuxResources(), macSigningIdentity));
        return args;
    }
}
