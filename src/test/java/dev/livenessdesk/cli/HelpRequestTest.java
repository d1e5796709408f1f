package dev.livenessdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HelpRequestTest {

    @Test
    void aRunAskingForHelpOrTheVersionAnywhereIsHelpOnly() {
        assertThat(HelpRequest.isHelpOnly(new String[] {"--help"})).isTrue();
        assertThat(HelpRequest.isHelpOnly(new String[] {"create", "--help"})).isTrue();
        assertThat(HelpRequest.isHelpOnly(new String[] {"campaign", "report", "-h"})).isTrue();
        assertThat(HelpRequest.isHelpOnly(new String[] {"help", "create"})).isTrue();
        assertThat(HelpRequest.isHelpOnly(new String[] {"results", "-V"})).isTrue();
    }

    @Test
    void aRunThatMayCallAServiceIsNot() {
        assertThat(HelpRequest.isHelpOnly(new String[] {"create", "--bucket", "b"})).isFalse();
        // "help" as a value, not as the command: the bucket named help is created in, like any other.
        assertThat(HelpRequest.isHelpOnly(new String[] {"create", "--bucket", "help"})).isFalse();
        assertThat(HelpRequest.isHelpOnly(new String[] {"results", "--helpful"})).isFalse();
        assertThat(HelpRequest.isHelpOnly(new String[] {})).isFalse();
    }
}
