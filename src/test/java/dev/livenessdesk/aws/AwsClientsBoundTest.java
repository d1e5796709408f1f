package dev.livenessdesk.aws;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.livenessdesk.core.session.SessionResults;
import dev.livenessdesk.testsupport.RekognitionStandIn;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/**
 * Every record names its own region, and every region is a client: the clients are bounded whatever the bucket
 * holds, and a client closed to keep the bound is built again when its region comes back.
 */
class AwsClientsBoundTest {

    private static final String ID = "0f3c1a2b-4d5e-4f70-8192-a3b4c5d6e7f8";

    @Test
    void manyRegionsKeepAtMostTheBoundOfClientsAndEveryCallIsAnswered() throws Exception {
        try (RekognitionStandIn standIn = RekognitionStandIn.start(); AwsClients clients = RekognitionStandIn.clients()) {
            standIn.respondResultsFor(ID, new ObjectMapper().createObjectNode().put("SessionId", ID)
                    .put("Status", "SUCCEEDED").put("Confidence", 91.5f));
            int regions = 3 * ClientCache.MAX_CLIENTS;
            for (int n = 0; n < regions; n++) {
                SessionResults answer = new RekognitionLivenessSessions(clients,
                        standIn.connection("us-future" + n + "-1"), Clock.systemUTC()).results(ID);
                assertThat(answer.rawStatus()).isEqualTo("SUCCEEDED");
                assertThat(clients.openRekognitionClients()).isLessThanOrEqualTo(ClientCache.MAX_CLIENTS);
            }
            assertThat(new RekognitionLivenessSessions(clients, standIn.connection("us-future0-1"),
                    Clock.systemUTC()).results(ID).rawStatus()).as("the first region, its client closed long ago")
                    .isEqualTo("SUCCEEDED");
            assertThat(standIn.requests(RekognitionStandIn.GET_RESULTS)).hasSize(regions + 1);
        }
    }
}
