package dev.livenessdesk.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the build hands jlink and jpackage on Windows and macOS, checked here because those systems cannot run
 * here: the launchers (a console liveness-desk.exe beside the windowed one), names, icons, paths and installers.
 */
class JpackagePlanTest {

    private static final Path ROOT = Path.of("/src/desk");
    private static final Path TARGET = ROOT.resolve("target");
    private static final Path JDK = Path.of("/jdk");

    @Test
    void windowsHasAWindowedLauncherAndAConsoleLiveness_desk_exeBesideIt() {
        JpackagePlan plan = new JpackagePlan(PackagingOs.WINDOWS, ROOT, TARGET, "0.1.0", 17, null);
        List<String> args = plan.appImage(JDK);

        assertThat(args.get(0)).isEqualTo(JDK.resolve("bin").resolve("jpackage.exe").toString());
        assertThat(valueOf(args, "--name")).isEqualTo("Liveness Desk");
        assertThat(valueOf(args, "--icon")).isEqualTo(ROOT.resolve("assets/icons/liveness-desk.ico").toString());
        assertThat(valueOf(args, "--main-jar")).isEqualTo("liveness-desk-0.1.0.jar");
        assertThat(valueOf(args, "--input")).isEqualTo(TARGET.resolve("jpackage-input").toString());
        assertThat(valueOf(args, "--add-launcher"))
                .isEqualTo("liveness-desk=" + TARGET.resolve("command-line-launcher.properties"));
        assertThat(args).doesNotContain("--win-console");
        assertThat(plan.commandLineLauncher()).containsEntry("win-console", "true")
                .containsEntry("java-options", String.join(" ", plan.baseJavaOptions()));
        assertThat(plan.commandLineLauncher().get("java-options")).doesNotContain("-Xms32m");

        Path image = PackagingOs.WINDOWS.imageDirectory(TARGET.resolve("dist"));
        assertThat(image).isEqualTo(TARGET.resolve("dist").resolve("Liveness Desk"));
        assertThat(PackagingOs.WINDOWS.commandLine(image)).isEqualTo(image.resolve("liveness-desk.exe"));
        assertThat(PackagingOs.WINDOWS.desktopLauncher(image)).isEqualTo(image.resolve("Liveness Desk.exe"));
        assertThat(PackagingOs.WINDOWS.appDirectory(image)).isEqualTo(image.resolve("app"));
    }

    @Test
    void windowsInstallersAreAnMsiWithAStartMenuEntryAndAPortableZip() {
        JpackagePlan plan = new JpackagePlan(PackagingOs.WINDOWS, ROOT, TARGET, "0.1.0", 17, null);
        Path image = TARGET.resolve("dist/Liveness Desk");
        List<String> msi = plan.installer(JDK, "msi", image, TARGET.resolve("installer-msi"));

        assertThat(valueOf(msi, "--type")).isEqualTo("msi");
        assertThat(valueOf(msi, "--app-image")).isEqualTo(image.toString());
        assertThat(msi).contains("--win-menu", "--win-shortcut", "--win-dir-chooser");
        assertThat(valueOf(msi, "--win-upgrade-uuid")).isEqualTo(PackagingOs.WINDOWS_UPGRADE_UUID);
        assertThat(AppImageBuild.installerTypes(PackagingOs.WINDOWS, "all")).containsExactly("msi", "zip");
        assertThat(PackagingOs.WINDOWS.installerFileName("0.1.0", "amd64", "msi"))
                .isEqualTo("liveness-desk-0.1.0-windows-x64.msi");
        assertThatThrownBy(() -> AppImageBuild.installerTypes(PackagingOs.WINDOWS, "dmg"))
                .hasMessageContaining("not built on WINDOWS");
    }

    @Test
    void macOsNamesTheAppLivenessDeskAndKeepsACommandLineLauncherInside() {
        JpackagePlan plan = new JpackagePlan(PackagingOs.MAC, ROOT, TARGET, "0.1.0", 17, null);
        List<String> args = plan.appImage(JDK);

        assertThat(args.get(0)).isEqualTo(JDK.resolve("bin").resolve("jpackage").toString());
        assertThat(valueOf(args, "--name")).isEqualTo("Liveness Desk");
        assertThat(valueOf(args, "--mac-package-name")).isEqualTo("Liveness Desk");
        assertThat(valueOf(args, "--mac-package-identifier")).isEqualTo("dev.livenessdesk.desk");
        assertThat(valueOf(args, "--icon")).isEqualTo(ROOT.resolve("assets/icons/liveness-desk.icns").toString());
        // A bundle version must start with 1 or more.
        assertThat(valueOf(args, "--app-version")).isEqualTo("1.1.0");
        assertThat(args).doesNotContain("--mac-sign");
        assertThat(plan.commandLineLauncher()).doesNotContainKey("win-console");

        Path image = PackagingOs.MAC.imageDirectory(TARGET.resolve("dist"));
        assertThat(image.getFileName().toString()).isEqualTo("Liveness Desk.app");
        assertThat(PackagingOs.MAC.commandLine(image)).isEqualTo(image.resolve("Contents/MacOS/liveness-desk"));
        assertThat(PackagingOs.MAC.desktopLauncher(image)).isEqualTo(image.resolve("Contents/MacOS/Liveness Desk"));
        assertThat(PackagingOs.MAC.installerFileName("0.1.0", "aarch64", "dmg"))
                .isEqualTo("liveness-desk-0.1.0-macos-arm64.dmg");
        assertThat(PackagingOs.MAC.installerFileName("0.1.0", "x86_64", "dmg"))
                .isEqualTo("liveness-desk-0.1.0-macos-x64.dmg");
    }

    @Test
    void macOsSignsOnlyWhenASigningIdentityIsGiven() {
        JpackagePlan signed = new JpackagePlan(PackagingOs.MAC, ROOT, TARGET, "0.1.0", 17,
                "Developer ID Application: Example (TEAM123)");

        assertThat(signed.appImage(JDK)).containsSequence("--mac-sign", "--mac-signing-key-user-name",
                "Developer ID Application: Example (TEAM123)");
        assertThat(signed.installer(JDK, "dmg", TARGET.resolve("dist/Liveness Desk.app"), TARGET))
                .contains("--mac-sign");
    }

    @Test
    void linuxKeepsOneLauncherOnJava17AndSplitsItOnJava25() {
        JpackagePlan java17 = new JpackagePlan(PackagingOs.LINUX, ROOT, TARGET, "0.1.0", 17, null);
        JpackagePlan java25 = new JpackagePlan(PackagingOs.LINUX, ROOT, TARGET, "0.1.0", 25, null);

        assertThat(valueOf(java17.appImage(JDK), "--name")).isEqualTo("liveness-desk");
        assertThat(java17.appImage(JDK)).doesNotContain("--add-launcher");
        assertThat(java17.jlink(JDK, "java.base")).contains("--compress=2");
        assertThat(valueOf(java25.appImage(JDK), "--name")).isEqualTo("liveness-desk-desktop");
        assertThat(valueOf(java25.appImage(JDK), "--add-launcher")).startsWith("liveness-desk-cli=");
        assertThat(java25.jlink(JDK, "java.base")).contains("--compress=zip-6");
        assertThat(java25.baseJavaOptions()).contains("--enable-native-access=ALL-UNNAMED");
        // The desktop trims glibc's freed native memory; the command line, a short run, does not.
        assertThat(java25.desktopJavaOptions()).contains("-XX:TrimNativeHeapInterval=5000");
        assertThat(java25.commandLineLauncher().get("java-options")).doesNotContain("TrimNativeHeapInterval");
        assertThat(java17.desktopJavaOptions()).doesNotContain("-XX:TrimNativeHeapInterval=5000");
        assertThat(new JpackagePlan(PackagingOs.WINDOWS, ROOT, TARGET, "0.1.0", 25, null).desktopJavaOptions())
                .doesNotContain("-XX:TrimNativeHeapInterval=5000");
        assertThat(AppImageBuild.installerTypes(PackagingOs.LINUX, "all")).containsExactly("deb", "rpm", "tar.gz");
    }

    @Test
    void onJava21AndLaterTheConsoleLauncherGetsNoStartMenuEntryOrShortcutOfItsOwn() {
        JpackagePlan java25 = new JpackagePlan(PackagingOs.WINDOWS, ROOT, TARGET, "0.1.0", 25, null);
        JpackagePlan java17 = new JpackagePlan(PackagingOs.WINDOWS, ROOT, TARGET, "0.1.0", 17, null);

        assertThat(java25.commandLineLauncher()).containsEntry("win-console", "true")
                .containsEntry("win-shortcut", "false").containsEntry("win-menu", "false");
        assertThat(java17.commandLineLauncher()).doesNotContainKeys("win-shortcut", "win-menu");
        assertThat(java25.installer(JDK, "msi", TARGET.resolve("dist/Liveness Desk"), TARGET))
                .containsSequence("--description", JpackagePlan.DESCRIPTION).contains("--win-menu", "--win-shortcut");
    }

    /**
     * The .deb and .rpm menu: one "Liveness Desk" entry with the app's icon. jpackage looks the entries up by
     * launcher name; without them it installed "liveness-desk-desktop" and "liveness-desk-cli" with Java's icon.
     */
    @Test
    void linuxInstallsOneLivenessDeskMenuEntryWithTheAppsIcon() {
        String entry = "[Desktop Entry]\nName=Liveness Desk\nExec=/opt/liveness-desk/bin/liveness-desk\n"
                + "Icon=/opt/liveness-desk/lib/liveness-desk.png\n";
        var java25 = PackagingOs.LINUX.linuxMenuEntries(25, entry);
        assertThat(java25).containsOnlyKeys("liveness-desk-desktop.desktop", "liveness-desk-cli.desktop");
        assertThat(java25.get("liveness-desk-desktop.desktop")).contains("Name=Liveness Desk\n",
                "Exec=/opt/liveness-desk/bin/liveness-desk\n", "Icon=/opt/liveness-desk/lib/liveness-desk-desktop.png");
        assertThat(java25.get("liveness-desk-cli.desktop")).contains("NoDisplay=true", "Terminal=true");
        assertThat(PackagingOs.LINUX.linuxLaunchers(25)).containsExactly("liveness-desk-desktop", "liveness-desk-cli");

        var java17 = PackagingOs.LINUX.linuxMenuEntries(17, entry);
        assertThat(java17).containsOnlyKeys("liveness-desk.desktop");
        assertThat(java17.get("liveness-desk.desktop")).contains("Icon=/opt/liveness-desk/lib/liveness-desk.png");
        assertThat(PackagingOs.LINUX.linuxLaunchers(17)).containsExactly("liveness-desk");

        JpackagePlan plan = new JpackagePlan(PackagingOs.LINUX, ROOT, TARGET, "0.1.0", 25, null);
        List<String> deb = plan.installer(JDK, "deb", TARGET.resolve("dist/liveness-desk"), TARGET);
        assertThat(valueOf(deb, "--resource-dir")).isEqualTo(TARGET.resolve("jpackage-linux-resources").toString());
        assertThat(valueOf(deb, "--description")).isEqualTo(JpackagePlan.DESCRIPTION);
        assertThat(deb).contains("--linux-shortcut");
    }

    @Test
    void theOsIsToldFromItsJavaName() {
        assertThat(PackagingOs.of("Windows 11")).isEqualTo(PackagingOs.WINDOWS);
        assertThat(PackagingOs.of("Mac OS X")).isEqualTo(PackagingOs.MAC);
        assertThat(PackagingOs.of("Linux")).isEqualTo(PackagingOs.LINUX);
    }

    private static String valueOf(List<String> args, String option) {
        int at = args.indexOf(option);
        assertThat(at).as(option + " in " + args).isNotNegative();
        return args.get(at + 1);
    }
}
