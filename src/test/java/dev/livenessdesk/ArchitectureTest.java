package dev.livenessdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The arrows of DESIGN.md: who may import whom. A failing rule names the class that broke the plan. */
class ArchitectureTest {

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
        rule.allowEmptyShould(false).check(classes);
    }

    @Test
    void onlyAwsTouchesTheSdk() {
        ArchRule rule = noClasses().that().resideOutsideOfPackage("dev.livenessdesk.aws..")
            .should().dependOnClassesThat().resideInAPackage("software.amazon..");
        rule.allowEmptyShould(false).check(classes);
    }

    @Test
    void appIsTheOnlyOneChoosingAdapters() {
        ArchRule rule = noClasses()
            .that().resideInAnyPackage("dev.livenessdesk.ui..", "dev.livenessdesk.cli..",
                    "dev.livenessdesk.core..", "dev.livenessdesk.history..", "dev.livenessdesk.settings..",
                    "dev.livenessdesk.store..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.livenessdesk.aws..", "dev.livenessdesk.sandbox..");
        rule.allowEmptyShould(false).check(classes);
    }

    @Test
    void adaptersDoNotKnowEachOther() {
        ArchRule rule = noClasses()
            .that().resideInAnyPackage("dev.livenessdesk.aws..", "dev.livenessdesk.sandbox..",
                    "dev.livenessdesk.history..", "dev.livenessdesk.settings..", "dev.livenessdesk.store..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.livenessdesk.ui..", "dev.livenessdesk.cli..",
                    "dev.livenessdesk.app..");
        rule.allowEmptyShould(false).check(classes);
    }

    @Test
    void commandLineLoadsNoJavaFx() {
        ArchRule rule = noClasses().that().resideInAPackage("dev.livenessdesk.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "dev.livenessdesk.ui..");
        rule.allowEmptyShould(false).check(classes);
    }

    @Test
    void screensDoNotReachIntoEachOther() {
        ArchRule rule = noClasses()
            .that().resideInAPackage("dev.livenessdesk.ui.session..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.livenessdesk.ui.viewer..",
                    "dev.livenessdesk.ui.results..", "dev.livenessdesk.ui.history..");
        rule.allowEmptyShould(false).check(classes);
    }

    @Test
    void screensSeeTheHistoryOnlyThroughItsCorePort() {
        ArchRule rule = noClasses().that().resideInAnyPackage("dev.livenessdesk.ui..", "dev.livenessdesk.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.livenessdesk.history..", "dev.livenessdesk.store..");
        rule.allowEmptyShould(false).check(classes);
    }

    /**
     * A change to DESIGN.md's plan: screens may see the preferences' plain records and their store interface
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
        noCli.allowEmptyShould(false).check(classes);
    }
}
