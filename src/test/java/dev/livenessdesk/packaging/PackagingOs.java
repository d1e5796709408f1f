package dev.livenessdesk.packaging;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one place where the packaging build differs by operating system: launcher names and paths inside the app
 * image, icons, the jpackage options of the image and of the installers, and which installers each system gets.
 * <ul>
 *   <li>Linux: {@code bin/liveness-desk} (with Java 25 a script in front of a desktop and a command-line launcher,
 *       each with its own AOT cache); .deb, .rpm and a .tar.gz of the image.</li>
 *   <li>Windows: {@code Liveness Desk.exe} (windowed, the Start-menu entry) and beside it {@code liveness-desk.exe},
 *       a console launcher, so a script's stdout gets the JSON line; an .msi and a portable .zip.</li>
 *   <li>macOS: {@code Liveness Desk.app}, with {@code Contents/MacOS/liveness-desk} for the command line; a .dmg,
 *       signed when a signing identity is given.</li>
 * </ul>
 */
public enum PackagingOs {
    LINUX("liveness-desk", "assets/icons/icon-256.png", List.of("deb", "rpm", "tar.gz")),
    WINDOWS("Liveness Desk", "assets/icons/liveness-desk.ico", List.of("msi", "zip")),
    MAC("Liveness Desk", "assets/icons/liveness-desk.icns", List.of("dmg"));

    /** The command line's name everywhere: what scripts call and what {@code --version} prints. */
    public static final String COMMAND = "liveness-desk";
    /** Windows Installer recognises a newer .msi of the same app by this code and replaces the old one. */
    static final String WINDOWS_UPGRADE_UUID = "6f1d6f0e-3c1b-4a53-9a57-5d0c1e2b7a41";
    static final String MAC_BUNDLE_ID = "dev.livenessdesk.desk";
    /** Where jpackage's .deb and .rpm install the image (its default for the package name). */
    static final String LINUX_INSTALL_DIR = "/opt/" + COMMAND;

    private final String appName;
    private final String icon;
    private final List<String> installerTypes;

    PackagingOs(String appName, String icon, List<String> installerTypes) {
        this.appName = appName;
        this.icon = icon;
        this.installerTypes = installerTypes;
    }

    public static PackagingOs current() {
        return of(System.getProperty("os.name", ""));
    }

    static PackagingOs of(String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return WINDOWS;
        }
        return os.startsWith("mac") || os.startsWith("darwin") ? MAC : LINUX;
    }

    /** jpackage's --name: the image folder, the main launcher and the installed app's name. */
    public String appName() {
        return appName;
    }

    public Path icon(Path root) {
        return root.resolve(icon);
    }

    public List<String> installerTypes() {
        return installerTypes;
    }

    /** A JDK tool's file: {@code jlink.exe} on Windows. */
    public Path tool(Path jdk, String name) {
        return jdk.resolve("bin").resolve(this == WINDOWS ? name + ".exe" : name);
    }

    /** Linux on Java 25 splits the desktop and the command line into two launchers, each with its AOT cache. */
    public boolean splitLaunchers(int javaFeature) {
        return this == LINUX && javaFeature >= 25;
    }

    /** The --name jpackage builds the image under (Linux's split image is renamed to {@link #appName} after). */
    public String mainLauncherName(int javaFeature) {
        return splitLaunchers(javaFeature) ? COMMAND + "-desktop" : appName;
    }

    public Path imageDirectory(Path dest) {
        return dest.resolve(this == MAC ? appName + ".app" : appName);
    }

    /** The launcher a script runs: it prints the command line's JSON on stdout. */
    public Path commandLine(Path image) {
        return switch (this) {
            case LINUX -> image.resolve("bin").resolve(COMMAND);
            case WINDOWS -> image.resolve(COMMAND + ".exe");
            case MAC -> image.resolve("Contents").resolve("MacOS").resolve(COMMAND);
        };
    }

    /** The launcher a user double-clicks. */
    public Path desktopLauncher(Path image) {
        return switch (this) {
            case LINUX -> image.resolve("bin").resolve(COMMAND);
            case WINDOWS -> image.resolve(appName + ".exe");
            case MAC -> image.resolve("Contents").resolve("MacOS").resolve(appName);
        };
    }

    /** Where jpackage puts the jars and the launchers' .cfg files. */
    public Path appDirectory(Path image) {
        return switch (this) {
            case LINUX -> image.resolve("lib").resolve("app");
            case WINDOWS -> image.resolve("app");
            case MAC -> image.resolve("Contents").resolve("app");
        };
    }

    /** jpackage's version for this OS: a macOS bundle version must start with 1 or more, so 0.x.y is given as 1.x.y. */
    public String bundleVersion(String version) {
        if (this == MAC && version.startsWith("0.")) {
            return "1." + version.substring(2);
        }
        return version.replace("-SNAPSHOT", "");
    }

    /**
     * The properties file of the extra command-line launcher ({@code --add-launcher}), or an empty map where the
     * main launcher is the command line too. On Windows it is a console program, so stdout reaches the script.
     */
    public Map<String, String> commandLineLauncher(List<String> baseJavaOptions, int javaFeature) {
        Map<String, String> properties = new LinkedHashMap<>();
        if (this == LINUX && !splitLaunchers(javaFeature)) {
            return properties;
        }
        properties.put("java-options", String.join(" ", baseJavaOptions));
        if (this == WINDOWS) {
            properties.put("win-console", "true");
            if (javaFeature >= 21) {
                // The Start menu and the desktop show the app once; the console launcher is for scripts (jpackage
                // 17 has no such switch and gives it a Start-menu entry too).
                properties.put("win-shortcut", "false");
                properties.put("win-menu", "false");
            }
        }
        return properties;
    }

    /** The name of the extra launcher of {@link #commandLineLauncher} ({@code liveness-desk-cli} behind Linux's script). */
    public String commandLineLauncherName() {
        return this == LINUX ? COMMAND + "-cli" : COMMAND;
    }

    /** Options of {@code jpackage --type app-image} only this OS has. */
    public List<String> appImageOptions(String macSigningIdentity) {
        List<String> options = new ArrayList<>();
        if (this == MAC) {
            options.addAll(List.of("--mac-package-name", appName, "--mac-package-identifier", MAC_BUNDLE_ID));
            options.addAll(macSigning(macSigningIdentity));
        }
        return options;
    }

    /**
     * Options of {@code jpackage --type <installer> --app-image ...} only this OS has. {@code resources}: Linux's
     * menu entries and icons named for the image's launchers ({@link #linuxMenuEntries}).
     */
    public List<String> installerOptions(Path resources, String macSigningIdentity) {
        return switch (this) {
            case LINUX -> List.of("--resource-dir", resources.toString(), "--linux-shortcut",
                    "--linux-menu-group", "Development;Utility", "--linux-app-category", "utils",
                    "--linux-package-name", COMMAND);
            case WINDOWS -> List.of("--win-menu", "--win-menu-group", appName, "--win-shortcut", "--win-dir-chooser",
                    "--win-upgrade-uuid", WINDOWS_UPGRADE_UUID);
            case MAC -> {
                List<String> options = new ArrayList<>(List.of("--mac-package-name", appName,
                        "--mac-package-identifier", MAC_BUNDLE_ID));
                options.addAll(macSigning(macSigningIdentity));
                yield options;
            }
        };
    }

    /**
     * The menu entries of jpackage's Linux resource folder, by the names it looks them up under: one
     * {@code <launcher>.desktop} per launcher of the image, each beside an icon {@code <launcher>.png}
     * ({@link #linuxLaunchers}). Without them a .deb or .rpm installs a menu entry per launcher with Java's own
     * icon: on Java 25 "liveness-desk-desktop" and a "liveness-desk-cli" that opens nothing. The desktop launcher
     * gets {@code entry} (jpackage/linux/liveness-desk.desktop, "Liveness Desk") pointing at its installed icon; the
     * command line's entry is kept out of menus ({@code NoDisplay}).
     */
    public Map<String, String> linuxMenuEntries(int javaFeature, String entry) {
        Map<String, String> files = new LinkedHashMap<>();
        String desktop = mainLauncherName(javaFeature);
        String icon = "Icon=" + linuxInstalled(desktop + ".png");
        files.put(desktop + ".desktop", entry.replaceAll("(?m)^Icon=.*$", icon));
        if (splitLaunchers(javaFeature)) {
            String cli = commandLineLauncherName();
            files.put(cli + ".desktop", String.join("\n", "[Desktop Entry]", "Type=Application",
                    "Name=Liveness Desk (command line)", "Exec=" + LINUX_INSTALL_DIR + "/bin/" + cli,
                    "Icon=" + linuxInstalled(cli + ".png"), "Terminal=true", "NoDisplay=true", ""));
        }
        return files;
    }

    /** The launchers of the Linux image that jpackage makes menu entries for. */
    public List<String> linuxLaunchers(int javaFeature) {
        return splitLaunchers(javaFeature) ? List.of(mainLauncherName(javaFeature), commandLineLauncherName())
                : List.of(mainLauncherName(javaFeature));
    }

    /** A file of the installed .deb or .rpm: jpackage puts the icons beside the jars' folder. */
    static String linuxInstalled(String libFile) {
        return LINUX_INSTALL_DIR + "/lib/" + libFile;
    }

    private static List<String> macSigning(String identity) {
        return identity == null || identity.isBlank() ? List.of()
                : List.of("--mac-sign", "--mac-signing-key-user-name", identity);
    }

    /** A release file's name: {@code liveness-desk-0.1.0-macos-arm64.dmg}. */
    public String installerFileName(String version, String architecture, String type) {
        String os = switch (this) {
            case LINUX -> "linux";
            case WINDOWS -> "windows";
            case MAC -> "macos";
        };
        return COMMAND + "-" + version + "-" + os + "-" + architecture(architecture) + "." + type;
    }

    static String architecture(String osArch) {
        String arch = osArch.toLowerCase(Locale.ROOT);
        return arch.equals("aarch64") || arch.equals("arm64") ? "arm64"
                : arch.equals("amd64") || arch.equals("x86_64") ? "x64" : arch;
    }
}
