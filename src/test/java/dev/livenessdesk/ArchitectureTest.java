package dev.livenessdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The arrows of the house plan (docs/architecture.md, "How the code is organised"): who may import whom. A failing rule names
 * the class that broke the plan. Every rule must match classes: a renamed or emptied package fails here instead
 * of passing silently.
 */
class ArchitectureTest {

    /** The screen packages under ui (ui.common is shared by all of them). */
    private static final List<String> SCREENS = List.of("activity", "campaign", "check", "connection", "display",
            "erasure", "history", "main", "results", "review", "sandbox", "session", "setup", "viewer");

    private static final Path SOURCES = Path.of("src", "main", "java");

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.livenessdesk");
    }

    @Test
    void coreUsesOnlyTheJdk() {
        ArchRule rule = noClasses().that().resideInAPackage("dev.livenessdesk.core..")
            .should().dependOnClassesThat().resideOutsideOfPackages("java..", "dev.livenessdesk.core..");
        rule.check(classes);
    }

    @Test
    void prettyJsonStandsOnCoreAndJacksonOnly() {
        ArchRule rule = noClasses().that().resideInAPackage("dev.livenessdesk.json..")
            .should().dependOnClassesThat().resideOutsideOfPackages("java..", "dev.livenessdesk.core..",
                    "dev.livenessdesk.json..", "com.fasterxml.jackson..");
        rule.check(classes);
    }

    @Test
    void onlyAwsTouchesTheSdk() {
        ArchRule rule = noClasses().that().resideOutsideOfPackage("dev.livenessdesk.aws..")
            .should().dependOnClassesThat().resideInAPackage("software.amazon..");
        rule.check(classes);
    }

    @Test
    void appIsTheOnlyOneChoosingAdapters() {
        ArchRule rule = noClasses()
            .that().resideInAnyPackage("dev.livenessdesk.ui..", "dev.livenessdesk.cli..",
                    "dev.livenessdesk.core..", "dev.livenessdesk.history..", "dev.livenessdesk.settings..",
                    "dev.livenessdesk.store..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.livenessdesk.aws..", "dev.livenessdesk.sandbox..");
        rule.check(classes);
    }

    @Test
    void adaptersDoNotKnowEachOther() {
        ArchRule rule = noClasses()
            .that().resideInAnyPackage("dev.livenessdesk.aws..", "dev.livenessdesk.sandbox..",
                    "dev.livenessdesk.history..", "dev.livenessdesk.settings..", "dev.livenessdesk.store..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.livenessdesk.ui..", "dev.livenessdesk.cli..",
                    "dev.livenessdesk.app..");
        rule.check(classes);
    }

    @Test
    void commandLineLoadsNoJavaFx() {
        ArchRule rule = noClasses().that().resideInAPackage("dev.livenessdesk.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "dev.livenessdesk.ui..");
        rule.check(classes);
    }

    @Test
    void screensDoNotReachIntoEachOther() {
        for (String screen : SCREENS) {
            String[] others = SCREENS.stream().filter(other -> !other.equals(screen))
                    .map(other -> "dev.livenessdesk.ui." + other + "..").toArray(String[]::new);
            ArchRule rule = noClasses().that().resideInAPackage("dev.livenessdesk.ui." + screen + "..")
                .should().dependOnClassesThat().resideInAnyPackage(others);
            rule.check(classes);
        }
    }

    @Test
    void theSharedScreenPartsKnowNoScreen() {
        ArchRule rule = noClasses().that().resideInAPackage("dev.livenessdesk.ui.common..")
            .should().dependOnClassesThat().resideInAnyPackage(SCREENS.stream()
                    .map(screen -> "dev.livenessdesk.ui." + screen + "..").toArray(String[]::new));
        rule.check(classes);
    }

    @Test
    void everyPackageSaysWhatItHolds() {
        // javac writes no class for a package-info without annotations: look for the sources.
        Set<String> packages = classes.stream().map(JavaClass::getPackageName).collect(Collectors.toSet());
        List<String> undescribed = packages.stream()
                .filter(name -> !Files.exists(SOURCES.resolve(name.replace('.', '/')).resolve("package-info.java")))
                .sorted().toList();

        assertThat(undescribed).as("packages without a package-info.java").isEmpty();
        assertThat(packages).as("the screens this test knows").containsAll(SCREENS.stream()
                .map(screen -> "dev.livenessdesk.ui." + screen).toList());
    }

    @Test
    void screensSeeTheHistoryOnlyThroughItsCorePort() {
        ArchRule rule = noClasses().that().resideInAnyPackage("dev.livenessdesk.ui..", "dev.livenessdesk.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.livenessdesk.history..", "dev.livenessdesk.store..");
        rule.check(classes);
    }

    /**
     * A change to the first plan: screens may see the preferences' plain records and their store interface
     * (they carry Jackson annotations, so they live beside the JSON store instead of in core), never the store
     * that touches the disk; and the command line keeps no preferences at all.
     */
    @Test
    void screensSeePreferencesOnlyThroughTheirInterface() {
        ArchRule rule = noClasses().that().resideInAnyPackage("dev.livenessdesk.ui..", "dev.livenessdesk.cli..")
            .should().dependOnClassesThat().haveFullyQualifiedName("dev.livenessdesk.settings.JsonPreferencesStore");
        rule.check(classes);
        ArchRule noCli = noClasses().that().resideInAPackage("dev.livenessdesk.cli..")
            .should().dependOnClassesThat().resideInAPackage("dev.livenessdesk.settings..");
        noCli.check(classes);
    }
}
