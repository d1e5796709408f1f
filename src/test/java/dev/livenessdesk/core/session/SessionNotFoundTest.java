package dev.livenessdesk.core.session;

import dev.livenessdesk.core.connection.Backend;
import dev.livenessdesk.core.failure.ErrorKind;
import dev.livenessdesk.core.failure.ServiceError;
import dev.livenessdesk.testsupport.NoServicesBackend;


import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one "session not found" every port gives, and the default that only the sandbox simulates checks. */
class SessionNotFoundTest {

    @Test
    void itNamesTheSessionAndRegionAndKeepsTheAwsCode() {
        ServiceError error = SessionNotFound.error("0f3c1a2b-4d5e-6f70-8192-a3b4c5d6e7f8", "eu-west-1",
                Optional.of("req-1"), Optional.of("Session not found"));

        assertThat(error.kind()).isEqualTo(ErrorKind.SESSION_NOT_FOUND);
        assertThat(error.message()).isEqualTo("There is no session 0f3c1a2b-4d5e-6f70-8192-a3b4c5d6e7f8 in eu-west-1.");
        assertThat(error.nextStep()).contains("region");
        assertThat(error.ticketDetails()).isEqualTo("Code: SessionNotFoundException | HTTP 400 | Request id: req-1");
    }

    @Test
    void aBackendSimulatesNoChecksUnlessItSaysSo() {
        Backend aws = new NoServicesBackend();

        assertThat(aws.checkSimulator()).isEmpty();
    }
}
