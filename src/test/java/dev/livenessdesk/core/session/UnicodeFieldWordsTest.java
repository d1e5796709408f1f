package dev.livenessdesk.core.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livenessdesk.core.session.FieldProblem.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a user reads when a field holds a character the service model refuses, and the S3 key length warning. */
class UnicodeFieldWordsTest {

    private final SessionSettingsValidator validator = new SessionSettingsValidator();

    private List<FieldProblem> prefixProblems(String prefix) {
        SessionDraft draft = SessionDraft.builder().region("us-east-1").bucket("liveness-audit").keyPrefix(prefix)
                .build();
        return validator.validate(draft).problemsOf(SessionField.KEY_PREFIX);
    }

    @ParameterizedTest(name = "U+{0}")
    @CsvSource(delimiter = '|', value = {
        "00A0|a non-breaking space (U+00A0) at position 7",
        "2003|a space character (U+2003 em space) at position 7",
        "3000|a full-width space (U+3000) at position 7",
        "2028|a line separator (U+2028) at position 7",
        "FEFF|an invisible byte order mark (U+FEFF) at position 7",
        "202F|a narrow non-breaking space (U+202F) at position 7",
        "1680|a space character (U+1680 ogham space mark) at position 7"})
    void unicodeWhitespaceThatJavaLetThroughIsRefusedByName(String hex, String words) {
        String prefix = "qa/run" + Character.toString(Integer.parseInt(hex, 16)) + "1/";

        List<FieldProblem> problems = prefixProblems(prefix);

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.severity()).isEqualTo(Severity.ERROR);
            assertThat(problem.message()).isEqualTo("The key prefix contains " + words
                    + ": key prefixes cannot contain spaces, line breaks or other whitespace.");
        });
    }

    @Test
    void aLoneSurrogateIsRefusedWithItsPositionCountedInCharactersNotCodeUnits() {
        // The emoji before it is one character to the user (two UTF-16 units): the broken one is the fourth.
        List<FieldProblem> problems = prefixProblems("a\uD83D\uDE00b\uD83Dc");

        assertThat(problems).singleElement().extracting(FieldProblem::message).isEqualTo(
                "The key prefix contains a broken character (a lone surrogate, U+D83D) at position 4, which no S3 "
                        + "key can hold: retype the prefix there.");
    }

    @Test
    void characterThatOnlyJavaCallsWhitespaceIsAllowedAsTheModelAllowsIt() {
        assertThat(prefixProblems("qa\u001Cruns\u0085/\u200B")).isEmpty();
    }

    @Test
    void nineHundredFiftyEmojiPassTheModelButWarnThatTheS3KeyPassesItsByteLimit() {
        String prefix = "\uD83D\uDE00".repeat(950);

        List<FieldProblem> problems = prefixProblems(prefix);

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.severity()).isEqualTo(Severity.WARNING);
            assertThat(problem.message()).startsWith("The key prefix takes 3,800 bytes in UTF-8.")
                    .contains("S3 limit of 1,024 bytes").contains("keep the prefix to 924 bytes");
        });
        assertThat(prefixProblems("p".repeat(924))).isEmpty();
        assertThat(prefixProblems("p".repeat(925))).singleElement().extracting(FieldProblem::severity)
                .isEqualTo(Severity.WARNING);
    }

    @ParameterizedTest
    @CsvSource({"\u0662", "\uFF12", "+2", "-0", "2.0", "\u0968"})
    void theAuditImagesLimitTakesAsciiDigitsOnly(String typed) {
        SessionDraft draft = SessionDraft.builder().region("us-east-1").auditImagesLimit(typed).build();

        assertThat(validator.validate(draft).problemsOf(SessionField.AUDIT_IMAGES_LIMIT)).singleElement()
                .extracting(FieldProblem::message)
                .isEqualTo("The audit images limit is a whole number from 0 to 4.");
    }

    @Test
    void leadingZerosAndEdgeWhitespaceStillReadAsTheNumber() {
        SessionDraft draft = SessionDraft.builder().region("us-east-1\u3000").auditImagesLimit("\u00A0004 ")
                .build();

        SessionSettings settings = validator.validate(draft).settings().orElseThrow();

        assertThat(settings.auditImagesLimit()).isEqualTo(4);
        assertThat(settings.region()).isEqualTo("us-east-1");
    }
}
