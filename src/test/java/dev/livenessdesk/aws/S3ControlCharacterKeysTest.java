package dev.livenessdesk.aws;

import static org.assertj.core.api.Assertions.assertThat;

import com.adobe.testing.s3mock.junit5.S3MockExtension;
import dev.livenessdesk.core.campaign.CampaignSession;
import dev.livenessdesk.core.campaign.Expectation;
import dev.livenessdesk.core.images.SessionFolder;
import dev.livenessdesk.core.sharing.SessionRecord;
import dev.livenessdesk.testsupport.s3.S3Seeder;
import dev.livenessdesk.testsupport.s3.S3TestConnection;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Keys with control characters under the prefix (S3 allows any character in a key): the session list, a session's
 * images and the team records are still listed, the odd keys with their characters intact.
 */
class S3ControlCharacterKeysTest {

    @RegisterExtension
    static final S3MockExtension S3_MOCK = S3MockExtension.builder().silent().withSecureConnection(false).build();

    private static final String BUCKET = "odd-keys";
    private static final String ID = "0f3c1a2b-4d5e-4f70-8192-a3b4c5d6e7f8";

    private static AwsClients clients;

    @BeforeAll
    static void seed() throws Exception {
        clients = S3TestConnection.clients();
        S3Seeder seeder = new S3Seeder(clients.s3(S3TestConnection.settings(S3_MOCK.getHttpPort()))).bucket(BUCKET);
        seeder.putJpeg(BUCKET, "qa/" + ID + "/reference.jpg", new byte[] {(byte) 0xff, (byte) 0xd8});
        seeder.putJpeg(BUCKET, "qa/" + ID + "/audit\u001b[2J.jpg", new byte[] {(byte) 0xff, (byte) 0xd8});
        seeder.putText(BUCKET, "qa/notes\u0001.txt", "a teammate's odd file");
        new S3SessionRecords(clients, S3TestConnection.settings(S3_MOCK.getHttpPort())).write(BUCKET, "qa/",
                SessionRecord.of(CampaignSession.created(ID, Instant.parse("2026-12-01T09:00:00Z"), "us-east-1",
                        "Lobby light", "bona fide", "ana"), Expectation.BONA_FIDE));
    }

    @AfterAll
    static void close() {
        clients.close();
    }

    private static S3ImageStore store() {
        return new S3ImageStore(clients, S3TestConnection.settings(S3_MOCK.getHttpPort()));
    }

    @Test
    void theSessionListAndTheImagesListKeysWithControlCharacters() throws Exception {
        assertThat(store().sessions(BUCKET, "qa/", Optional.empty(), 50).items())
                .extracting(SessionFolder::sessionId).containsExactly(ID);
        assertThat(store().imagesOf(BUCKET, "qa/", ID)).extracting(image -> image.location().key())
                .containsExactlyInAnyOrder("qa/" + ID + "/reference.jpg", "qa/" + ID + "/audit\u001b[2J.jpg");
    }

    @Test
    void theTeamRecordsAreReadPastAKeyWithAControlCharacter() throws Exception {
        var scan = new S3SessionRecords(clients, S3TestConnection.settings(S3_MOCK.getHttpPort()))
                .readAll(BUCKET, "qa/");
        assertThat(scan.records()).extracting(r -> r.session().sessionId()).containsExactly(ID);
        assertThat(scan.unreadable()).isEmpty();
    }
}
