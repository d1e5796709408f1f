package dev.livenessdesk.core.session;

import dev.livenessdesk.core.connection.Backend;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.failure.ErrorKind;
import dev.livenessdesk.core.images.ImageStore;
import dev.livenessdesk.core.connection.ProfileCatalog;
import dev.livenessdesk.core.failure.ServiceError;


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
        Backend aws = new Backend() {
            @Override
            public LivenessSessions livenessSessions(ConnectionSettings connection) {
                throw new UnsupportedOperationException();
            }

            @Override
            public ImageStore imageStore(ConnectionSettings connection) {
                throw new UnsupportedOperationException();
            }

            @Override
            public ProfileCatalog profiles() {
                throw new UnsupportedOperationException();
            }

            @Override
            public boolean isSandbox() {
                return false;
            }

            @Override
            public void close() {
            }
        };

        assertThat(aws.checkSimulator()).isEmpty();
    }
}
