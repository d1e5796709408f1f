package dev.livenessdesk.core.files;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The line endings per OS: what lands on the clipboard on Windows, macOS and Linux (their os.name values), CSV's
 * CRLF and JSON's LF on every OS, and that no writer falls back to Jackson's system-dependent line separator.
 */
class LineBreaksTest {

    private static final String TICKET = "AccessDenied: not allowed\nRequest id: 1f2e\r\nRegion: eu-west-1\rend";

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Windows 11, CRLF", "Windows Server 2022, CRLF", "Mac OS X, LF", "Linux, LF"})
    void theClipboardGetsThePlatformsLineSeparatorForEveryKindOfBreak(String osName, String lineEnd) {
        String separator = lineEnd.equals("CRLF") ? "\r\n" : "\n";
        String pasted = LineBreaks.forClipboard(TICKET, osName);

        assertThat(pasted).isEqualTo("AccessDenied: not allowed" + separator + "Request id: 1f2e" + separator
                + "Region: eu-west-1" + separator + "end");
        assertThat(pasted.lines()).hasSize(4);
        // Already converted text stays as it is (JavaFX's own Windows conversion then leaves one break per line).
        assertThat(LineBreaks.forClipboard(pasted, osName)).isEqualTo(pasted);
    }

    @Test
    void aSingleLineSuchAsAUrlOrASessionIdIsCopiedAsItIs() {
        String url = "https://eu-west-1.console.aws.amazon.com/rekognition/home?region=eu-west-1#/";
        assertThat(LineBreaks.forClipboard(url, "Windows 10")).isEqualTo(url);
        assertThat(LineBreaks.forClipboard("", "Mac OS X")).isEmpty();
    }

    @Test
    void csvRowsEndInCrLfOnEveryOs() throws Exception {
        StringWriter out = new StringWriter();
        new CsvWriter(out).row(List.of("session", "status")).row(List.of("1f2e", "SUCCEEDED"));

        assertThat(out.toString()).isEqualTo("session,status\r\n1f2e,SUCCEEDED\r\n");
        assertThat(LineBreaks.CSV).isEqualTo("\r\n");
    }

    @Test
    void jsonFilesEndTheirLinesInLfOnEveryOs() {
        assertThat(LineBreaks.JSON).isEqualTo("\n");
    }

    /**
     * Jackson's writerWithDefaultPrettyPrinter and INDENT_OUTPUT indent with the system's separator: CRLF on
     * Windows, so the same receipt or export would differ by the computer that wrote it. Writers use
     * json.PrettyJson, built on {@link LineBreaks#JSON}, instead.
     */
    @Test
    void noJsonWriterUsesTheSystemsLineSeparator() {
        JavaClasses main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.livenessdesk");

        noClasses().should().callMethod(ObjectMapper.class, "writerWithDefaultPrettyPrinter")
                .orShould().accessField(SerializationFeature.class, "INDENT_OUTPUT")
                .orShould().accessField(DefaultIndenter.class, "SYSTEM_LINEFEED_INSTANCE")
                .because("pretty JSON is written with LineBreaks.JSON on every OS")
                .check(main);
    }

    /** The LF printer is built once (json.PrettyJson): a writer with its own copy could drift from it. */
    @Test
    void prettyJsonIsSetUpInOnePlace() {
        JavaClasses main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.livenessdesk");

        noClasses().that().resideOutsideOfPackage("dev.livenessdesk.json..")
                .should().dependOnClassesThat().belongToAnyOf(DefaultPrettyPrinter.class, DefaultIndenter.class)
                .because("pretty JSON is written through PrettyJson")
                .check(main);
    }
}
