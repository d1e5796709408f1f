package dev.livenessdesk.core.connection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livenessdesk.core.connection.EndpointCheck.Outcome;
import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Endpoint overrides the user types: what is taken, what is refused with words, and what needs a yes. */
class EndpointValidatorTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            https://vpce-0a1b.rekognition.us-east-1.vpce.amazonaws.com | OK
            https://rekognition.us-east-1.amazonaws.com/                | OK
            http://localhost:4566                                       | OK
            http://LOCALHOST:4566                                       | OK
            http://stand-in.localhost:8080                              | OK
            http://127.0.0.1:9090                                       | OK
            http://127.45.6.7                                           | OK
            http://[::1]:8080                                           | OK
            https://10.0.0.5:8443                                       | OK
            http://10.0.0.5:4566                                        | NEEDS_CONFIRMATION
            http://localstack.internal:4566                             | NEEDS_CONFIRMATION
            http://128.0.0.1                                            | NEEDS_CONFIRMATION
            http://127.0.0.1.nip.io                                     | NEEDS_CONFIRMATION
            http://[::2]:8080                                           | NEEDS_CONFIRMATION
            rekognition.us-east-1.amazonaws.com                         | ERROR
            ftp://files.example.com                                     | ERROR
            https://                                                    | ERROR
            https://host.example.com/path?x=1                           | ERROR
            https://host.example.com/#top                               | ERROR
            https://user:pass@host.example.com                          | ERROR
            https://bad host.example.com                                | ERROR
            file:///etc/passwd                                          | ERROR
            """)
    void classifiesEndpoints(String text, Outcome expected) {
        EndpointCheck check = EndpointValidator.check(text, false);

        assertThat(check.outcome()).isEqualTo(expected);
        if (expected == Outcome.OK) {
            assertThat(check.endpoint()).contains(URI.create(text.trim()));
            assertThat(check.message()).isEmpty();
        } else {
            assertThat(check.message()).isNotBlank().doesNotContain("{0}");
        }
    }

    @ParameterizedTest
    @CsvSource({"http://10.0.0.5:4566", "http://localstack.internal:4566"})
    void aConfirmedPlainHttpEndpointIsTaken(String text) {
        EndpointCheck check = EndpointValidator.check(text, true);

        assertThat(check.outcome()).isEqualTo(Outcome.OK);
        assertThat(check.endpoint()).contains(URI.create(text));
    }

    @ParameterizedTest
    @CsvSource(value = {"''", "'   '"})
    void anEmptyFieldMeansNoOverride(String text) {
        EndpointCheck check = EndpointValidator.check(text, false);

        assertThat(check.isOk()).isTrue();
        assertThat(check.endpoint()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            http://10.0.0.5:4566            | 10.0.0.5
            ftp://files.example.com         | https://
            https://host.example.com/?x=1   | query
            """)
    void messagesSayWhatToDo(String text, String mentioned) {
        assertThat(EndpointValidator.check(text, false).message()).contains(mentioned);
    }

    @ParameterizedTest
    @CsvSource(value = {"localhost", "127.0.0.1", "127.255.255.254", "::1", "[::1]", "0:0:0:0:0:0:0:1"})
    void loopbackHosts(String host) {
        assertThat(EndpointValidator.isLoopback(host)).isTrue();
    }

    @ParameterizedTest
    @CsvSource(value = {"example.com", "127.0.0.256", "10.0.0.1", "::2", "localhost.example.com"})
    void notLoopbackHosts(String host) {
        assertThat(EndpointValidator.isLoopback(host)).isFalse();
    }
}
