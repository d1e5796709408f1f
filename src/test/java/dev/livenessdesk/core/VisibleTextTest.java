package dev.livenessdesk.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a support person sees of text from outside: every hidden or acting character as its code, nothing else. */
class VisibleTextTest {

    @Test
    void controlCharactersAndBidiOverridesAreShownAsTheirCodes() {
        assertThat(VisibleText.of("\u202Egnp.exe")).isEqualTo("[U+202E]gnp.exe");
        assertThat(VisibleText.of("qa/\u0001x/\u001b[2J")).isEqualTo("qa/[U+0001]x/[U+001B][2J");
        assertThat(VisibleText.of("a\u2066b\u2069c\u200Bd\uFEFFe\u2028f\u0085g"))
                .isEqualTo("a[U+2066]b[U+2069]c[U+200B]d[U+FEFF]e[U+2028]f[U+0085]g");
        assertThat(VisibleText.of("tab\there\nand\rthere\u007f")).isEqualTo(
                "tab[U+0009]here[U+000A]and[U+000D]there[U+007F]");
        assertThat(VisibleText.of("lone \uD800 half")).isEqualTo("lone [U+D800] half");
    }

    @Test
    void otherScriptsAndEmojiStay() {
        String text = "Zoë Łukasz 田中 محمد \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67 printed-photo";
        assertThat(VisibleText.of(text)).isSameAs(text);
        assertThat(VisibleText.hasHidden(text)).isFalse();
        assertThat(VisibleText.of(null)).isEmpty();
    }
}
