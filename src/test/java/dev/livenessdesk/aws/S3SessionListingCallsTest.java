package dev.livenessdesk.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.adobe.testing.s3mock.junit5.S3MockExtension;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.failure.ErrorKind;
import dev.livenessdesk.core.failure.ServiceException;
import dev.livenessdesk.core.images.Page;
import dev.livenessdesk.core.images.SessionFolder;
import dev.livenessdesk.testsupport.s3.CountingS3Proxy;
import dev.livenessdesk.testsupport.s3.S3Seeder;
import dev.livenessdesk.testsupport.s3.S3TestConnection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What a listing costs on the wire: a page of sessions takes a bounded number of ListObjectsV2 calls whatever the
 * prefix holds, never one call per session (issue 17), counted by a proxy in front of S3Mock.
 */
class S3SessionListingCallsTest {

    @RegisterExtension
    static final S3MockExtension S3_MOCK = S3MockExtension.builder().silent().withSecureConnection(false).build();

    private static final String BUCKET = "listing-calls";
    private static final int SESSIONS = 120;

    private static AwsClients clients;
    private static CountingS3Proxy proxy;
    private static S3ImageStore store;

    @BeforeAll
    static void seed() throws Exception {
        clients = S3TestConnection.clients();
        ConnectionSettings direct = S3TestConnection.settings(S3_MOCK.getHttpPort());
        S3Seeder seeder = new S3Seeder(clients.s3(direct)).bucket(BUCKET);
        List<String> keys = new ArrayList<>();
        IntStream.range(0, SESSIONS).forEach(i -> {
            String id = String.format("3c000000-0000-4000-8000-%012d", i);
            keys.add("qa/" + id + "/reference.jpg");
            IntStream.rangeClosed(1, 4).forEach(a -> keys.add("qa/" + id + "/audit_" + a + ".jpg"));
        });
        keys.add("qa/readme.txt");
        seeder.putAllParallel(BUCKET, keys, new byte[] {(byte) 0xff, (byte) 0xd8}, 4);
        proxy = CountingS3Proxy.inFrontOf(S3_MOCK.getHttpPort());
        store = new S3ImageStore(clients, S3TestConnection.settings(proxy.port()));
    }

    @AfterAll
    static void close() {
        proxy.close();
        clients.close();
    }

    @BeforeEach
    void resetCounter() {
        proxy.reset();
    }

    @Test
    void theFirstPageOfFiftySessionsIsOneCallWithEverySessionsTime() throws Exception {
        Page<SessionFolder> page = store.sessions(BUCKET, "qa/", Optional.empty(), 50);

        assertThat(page.items()).hasSize(50).allSatisfy(f -> assertThat(f.lastModified()).isPresent());
        assertThat(page.hasMore()).isTrue();
        assertThat(proxy.listObjectsV2Calls()).isEqualTo(1);
        assertThat(proxy.requests()).hasSize(1);
    }

    @Test
    void pagingThroughEverySessionCostsAboutOneCallAPageNotOneASession() throws Exception {
        Set<String> seen = new HashSet<>();
        Optional<String> token = Optional.empty();
        int pages = 0;
        do {
            Page<SessionFolder> page = store.sessions(BUCKET, "qa/", token, 50);
            page.items().forEach(f -> assertThat(seen.add(f.sessionId())).as("listed once: %s", f).isTrue());
            token = page.nextToken();
            pages++;
        } while (token.isPresent());

        assertThat(seen).hasSize(SESSIONS);
        assertThat(pages).isEqualTo(3);
        assertThat(proxy.listObjectsV2Calls()).isEqualTo(3);
    }

    @Test
    void aPageAsLargeAsTheCommandLineAllowsTakesOneCallForAThousandKeys() throws Exception {
        Page<SessionFolder> page = store.sessions(BUCKET, "qa", Optional.empty(), 1000);

        assertThat(page.items()).hasSize(SESSIONS);
        assertThat(page.hasMore()).isFalse();
        // 601 keys: one call of up to 1,000 keys, then nothing more to ask.
        assertThat(proxy.listObjectsV2Calls()).isEqualTo(1);
    }

    @Test
    void aPageTokenThatNoListingGaveOutIsRefusedInWords() {
        for (String token : List.of("", "x", "a", "aelsewhere/")) {
            assertThatThrownBy(() -> store.sessions(BUCKET, "qa/", Optional.of(token), 50))
                    .isInstanceOfSatisfying(ServiceException.class, e -> {
                        assertThat(e.error().kind()).isEqualTo(ErrorKind.INVALID_PARAMETER);
                        assertThat(e.error().message()).contains("page token").contains("qa/");
                    });
        }
        assertThat(proxy.requests()).isEmpty();
    }
}
