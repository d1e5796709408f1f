package dev.livenessdesk.core.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every text the HTML report writes goes through one escape: markup, and characters that would act. */
class CampaignReportHtmlEscapeTest {

    @Test
    void markupIsEscapedAndControlAndBidiCharactersAreShown() {
        assertThat(CampaignReportHtml.escape("<b>\u202Egnp.exe</b>")).isEqualTo("&lt;b&gt;[U+202E]gnp.exe&lt;/b&gt;");
        assertThat(CampaignReportHtml.escape("lamp \u001b[2J & \"off\"")).isEqualTo(
                "lamp [U+001B][2J &amp; &quot;off&quot;");
        assertThat(CampaignReportHtml.escape("Zoë 田中")).isEqualTo("Zoë 田中");
    }
}
