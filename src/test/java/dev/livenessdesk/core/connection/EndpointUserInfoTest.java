package dev.livenessdesk.core.connection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An endpoint with a user name and password in it, malformed or not: refused, and never echoed. */
class EndpointUserInfoTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ftp://u:Secret@127.0.0.1:1", "u:Secret@127.0.0.1:1", "https://u:Secret@",
            "https://u:Secret@127.0.0.1:1/", "http://u:Sec/ret@127.0.0.1:1", "https://u:Secret@host:99999999"})
    void theRefusalNeverNamesTheSecret(String typed) {
        EndpointCheck check = EndpointValidator.check(typed, true);

        assertThat(check.outcome()).isEqualTo(EndpointCheck.Outcome.ERROR);
        assertThat(check.message()).doesNotContain("Secret").doesNotContain("u:").doesNotContain("ret@");
    }
}
