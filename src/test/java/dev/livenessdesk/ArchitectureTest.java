package dev.livenessdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The arrows of DESIGN.md: who may import whom. A failing rule names the class that broke the plan. */
@AnalyzeClasses(packages = "dev.livenessdesk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule coreUsesOnlyTheJdk = noClasses().that().resideInAPackage("dev.livenessdesk.core..")
            .should().dependOnClassesThat().resideOutsideOfPackages("java..", "dev.livenessdesk.core..");

    @ArchTest
    static final ArchRule onlyAwsTouchesTheSdk = noClasses().that().resideOutsideOfPackage("dev.livenessdesk.aws..")
            .and().resideOutsideOfPackage("dev.livenessdesk.app..")
            .should().dependOnClassesThat().resideInAPackage("software.amazon..");

    @ArchTest
    static final ArchRule appIsTheOnlyOneChoosingAdapters = noClasses()
            .that().resideInAnyPackage("dev.livenessdesk.ui..", "dev.livenessdesk.cli..",
                    "dev.livenessdesk.core..", "dev.livenessdesk.history..", "dev.livenessdesk.settings..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.livenessdesk.aws..", "dev.livenessdesk.sandbox..");

    @ArchTest
    static final ArchRule adaptersDoNotKnowEachOther = noClasses()
            .that().resideInAnyPackage("dev.livenessdesk.aws..", "dev.livenessdesk.sandbox..",
                    "dev.livenessdesk.history..", "dev.livenessdesk.settings..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.livenessdesk.ui..", "dev.livenessdesk.cli..",
                    "dev.livenessdesk.app..");

    @ArchTest
    static final ArchRule commandLineLoadsNoJavaFx = noClasses().that().resideInAPackage("dev.livenessdesk.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "dev.livenessdesk.ui..");

    @ArchTest
    static final ArchRule screensDoNotReachIntoEachOther = noClasses()
            .that().resideInAPackage("dev.livenessdesk.ui.session..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.livenessdesk.ui.viewer..",
                    "dev.livenessdesk.ui.results..", "dev.livenessdesk.ui.history..");
}
