package dev.livenessdesk.ui.review;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The review screen's pictures are biometric data: read from S3 into memory, decoded there, never written to disk.
 * Nothing on their path (the Review tab's screen and the review core) can reach a file: a change that added a
 * cache on disk, a temporary file or an image writer fails here.
 */
class ReviewPicturesStayInMemoryTest {

    @Test
    void theReviewScreenAndTheReviewCoreCannotWriteAFile() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.livenessdesk.ui.review", "dev.livenessdesk.core.review");
        noClasses().that().resideInAnyPackage("dev.livenessdesk.ui.review..", "dev.livenessdesk.core.review..")
                .should().dependOnClassesThat().resideInAnyPackage("java.nio.file..", "javax.imageio..",
                        "java.nio.channels..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileOutputStream")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.RandomAccessFile")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileWriter")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("javafx.embed.swing.SwingFXUtils")
                .because("liveness images are never written to disk unless the user saves one")
                .check(classes);
    }
}
