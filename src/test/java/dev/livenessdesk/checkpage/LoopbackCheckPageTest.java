package dev.livenessdesk.checkpage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.livenessdesk.core.check.CheckCredentials;
import dev.livenessdesk.core.check.CheckOutcome;
import dev.livenessdesk.core.check.CheckPage;
import dev.livenessdesk.core.check.CheckPageSpec;
import dev.livenessdesk.core.check.CredentialScope;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.failure.ServiceException;
import dev.livenessdesk.core.session.CreatedSession;
import dev.livenessdesk.core.session.SessionSettings;
import dev.livenessdesk.core.session.SessionStatus;
import dev.livenessdesk.sandbox.SandboxBackend;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The loopback server's rules, each refusal with its status, over real sockets. */
class LoopbackCheckPageTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SESSION = "0f4a2c1e-6b7d-4e8f-9a0b-1c2d3e4f5a6b";
    private static final CheckCredentials CREDENTIALS = new CheckCredentials("ASIASCOPEDKEY", "scoped-secret",
            "scoped-token", Instant.now().plus(Duration.ofMinutes(15)), CredentialScope.FEDERATION_TOKEN);

    private final LoopbackCheckPages host = new LoopbackCheckPages(getClass().getClassLoader(),
            "dev/livenessdesk/checkpage/testpage/", Clock.systemUTC());
    private LoopbackCheckPage page;

    @AfterEach
    void close() {
        if (page != null) {
            page.close();
        }
    }

    private LoopbackCheckPage open(CheckPageSpec spec) throws ServiceException {
        page = (LoopbackCheckPage) host.open(spec);
        return page;
    }

    private LoopbackCheckPage openAws() throws ServiceException {
        return open(CheckPageSpec.aws(SESSION, "us-east-1", Instant.now().plus(Duration.ofMinutes(3)), CREDENTIALS));
    }

    private int port() {
        return page.address().getPort();
    }

    private String path(String rest) {
        return page.address().getRawPath() + rest;
    }

    private static Map<String, String> pageHeaders() {
        Map<String, String> headers = new HashMap<>();
        headers.put("X-Liveness-Desk", "check-page");
        headers.put("Content-Type", "application/json");
        return headers;
    }

    private RawHttp.Answer api(String call, Map<String, String> headers, String body) throws IOException {
        return RawHttp.send(port(), "POST", path("api/" + call), headers, body);
    }

    @Test
    void bindsTheLoopbackAddressOnlyOnARandomPortWithARandomToken() throws Exception {
        LoopbackCheckPage first = openAws();
        try (CheckPage second = host.open(CheckPageSpec.aws(SESSION, "us-east-1",
                Instant.now().plus(Duration.ofMinutes(3)), CREDENTIALS))) {
            assertThat(first.boundTo().getAddress().getHostAddress()).isEqualTo("127.0.0.1");
            assertThat(first.address().getHost()).isEqualTo("127.0.0.1");
            assertThat(first.address().getPort()).isNotEqualTo(second.address().getPort()).isPositive();
            assertThat(first.address().getPath()).isNotEqualTo(second.address().getPath());
            assertThat(first.address().getPath()).matches("/[A-Za-z0-9_-]{32}/");
        }
        // Not on any other address of this computer.
        for (InetAddress other : InetAddress.getAllByName(InetAddress.getLocalHost().getHostName())) {
            if (!other.isLoopbackAddress()) {
                assertThatThrownBy(() -> new Socket(other, port()).close()).isInstanceOf(ConnectException.class);
            }
        }
    }

    @Test
    void servesThePageWithAStrictContentSecurityPolicy() throws Exception {
        openAws();
        RawHttp.Answer index = RawHttp.send(port(), "GET", path(""), Map.of(), null);

        assertThat(index.status()).isEqualTo(200);
        assertThat(index.body()).contains("test page");
        assertThat(index.header("Content-Type")).isEqualTo("text/html; charset=utf-8");
        String csp = index.header("Content-Security-Policy");
        assertThat(csp).contains("default-src 'none'", "script-src 'self' 'wasm-unsafe-eval'",
                "frame-ancestors 'none'", "object-src 'none'",
                "connect-src 'self' https://cdn.liveness.rekognition.amazonaws.com "
                        + "https://streaming-rekognition.us-east-1.amazonaws.com "
                        + "wss://streaming-rekognition.us-east-1.amazonaws.com;")
                .doesNotContain(" 'unsafe-eval'", "*");
        assertThat(index.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(index.header("Cache-Control")).isEqualTo("no-store");
        assertThat(index.header("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(RawHttp.send(port(), "GET", path("check-page.js"), Map.of(), null).header("Content-Type"))
                .isEqualTo("text/javascript; charset=utf-8");
    }

    @Test
    void refusesAWrongOrMissingTokenAndUnlistedFilesWith404() throws Exception {
        openAws();
        String token = page.address().getRawPath();
        String wrong = "/" + "A".repeat(32) + "/";

        assertThat(RawHttp.send(port(), "GET", wrong, Map.of(), null).status()).isEqualTo(404);
        assertThat(RawHttp.send(port(), "GET", "/", Map.of(), null).status()).isEqualTo(404);
        assertThat(RawHttp.send(port(), "POST", wrong + "api/credentials", pageHeaders(), "{}").status())
                .isEqualTo(404);
        assertThat(RawHttp.send(port(), "GET", token + "unlisted.txt", Map.of(), null).status()).isEqualTo(404);
        assertThat(RawHttp.send(port(), "GET", token + "../" + token.substring(1) + "files.txt", Map.of(), null)
                .status()).isEqualTo(404);
        // The token was never spent on the wrong requests: the page still hands out its credentials.
        assertThat(api("credentials", pageHeaders(), "{}").status()).isEqualTo(200);
    }

    @Test
    void refusesAForeignHostWith421AgainstDnsRebinding() throws Exception {
        openAws();
        for (String host : new String[] {"evil.example:" + port(), "127.0.0.1:1", "127.0.0.1", "localhost.evil:"
                + port(), "[::1]:" + port()}) {
            RawHttp.Answer answer = RawHttp.send(port(), "GET", path(""), Map.of("Host", host), null);
            assertThat(answer.status()).as(host).isEqualTo(421);
            assertThat(answer.body()).doesNotContain("test page");
        }
        Map<String, String> rebound = pageHeaders();
        rebound.put("Host", "attacker.example:" + port());
        assertThat(api("credentials", rebound, "{}").status()).isEqualTo(421);
        assertThat(RawHttp.send(port(), "GET", path(""), Map.of("Host", "localhost:" + port()), null).status())
                .isEqualTo(200);
    }

    @Test
    void refusesCrossOriginAndForeignCredentialRequestsWith403() throws Exception {
        openAws();
        Map<String, String> crossOrigin = pageHeaders();
        crossOrigin.put("Origin", "http://evil.example");
        Map<String, String> otherPort = pageHeaders();
        otherPort.put("Origin", "http://127.0.0.1:1");
        Map<String, String> crossSite = pageHeaders();
        crossSite.put("Sec-Fetch-Site", "cross-site");
        Map<String, String> withoutPageHeader = new HashMap<>(Map.of("Content-Type", "application/json"));

        for (Map<String, String> headers : java.util.List.of(crossOrigin, otherPort, crossSite, withoutPageHeader)) {
            RawHttp.Answer answer = api("credentials", headers, "{}");
            assertThat(answer.status()).as(headers.toString()).isEqualTo(403);
            assertThat(answer.body()).doesNotContain("scoped-secret");
        }
        assertThat(RawHttp.send(port(), "GET", path("api/credentials"), pageHeaders(), null).status())
                .isEqualTo(405);
        // The page's own origin is welcome, and gets the credentials that the refusals did not spend.
        Map<String, String> sameOrigin = pageHeaders();
        sameOrigin.put("Origin", "http://127.0.0.1:" + port());
        sameOrigin.put("Sec-Fetch-Site", "same-origin");
        assertThat(api("credentials", sameOrigin, "{}").status()).isEqualTo(200);
    }

    @Test
    void servesTheCredentialsOnceAndThenSaysThePageWasReloaded() throws Exception {
        openAws();
        RawHttp.Answer first = api("credentials", pageHeaders(), "{}");
        JsonNode credentials = JSON.readTree(first.body());

        assertThat(first.status()).isEqualTo(200);
        assertThat(credentials.path("accessKeyId").asText()).isEqualTo("ASIASCOPEDKEY");
        assertThat(credentials.path("sessionToken").asText()).isEqualTo("scoped-token");
        assertThat(Instant.parse(credentials.path("expiration").asText())).isEqualTo(CREDENTIALS.expiration());
        assertThat(first.header("Cache-Control")).isEqualTo("no-store");
        assertThat(page.started()).isDone();

        RawHttp.Answer second = api("credentials", pageHeaders(), "{}");
        assertThat(second.status()).isEqualTo(410);
        assertThat(second.body()).doesNotContain("scoped-secret").contains("cannot fetch them again");
        // A reloaded page learns it has started, so it says so instead of offering the check again.
        assertThat(JSON.readTree(api("session", pageHeaders(), "{}").body()).path("started").asBoolean()).isTrue();
    }

    @Test
    void tellsThePageItsSessionDeadlineAndWordsButNoCredentials() throws Exception {
        openAws();
        JsonNode session = JSON.readTree(api("session", pageHeaders(), "{}").body());

        assertThat(session.path("sessionId").asText()).isEqualTo(SESSION);
        assertThat(session.path("region").asText()).isEqualTo("us-east-1");
        assertThat(session.path("mode").asText()).isEqualTo("AWS");
        assertThat(session.path("startDeadline").asLong()).isGreaterThan(System.currentTimeMillis());
        assertThat(session.path("words").path("page.done").asText()).isEqualTo("Done: see Liveness Desk.");
        assertThat(session.toString()).doesNotContain("scoped-secret", "ASIASCOPEDKEY");
    }

    @Test
    void theReportedErrorReachesTheDeskInWordsAndTheServerStops() throws Exception {
        openAws();
        RawHttp.Answer answer = api("outcome", pageHeaders(),
                "{\"outcome\":\"FAILED\",\"state\":\"CAMERA_FRAMERATE_ERROR\",\"detail\":\"12 fps\"}");

        CheckOutcome outcome = page.outcome().get(5, TimeUnit.SECONDS);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(outcome.kind()).isEqualTo(CheckOutcome.Kind.FAILED);
        assertThat(outcome.errorState()).contains("CAMERA_FRAMERATE_ERROR");
        assertThat(outcome.words()).contains("fewer than 15 frames a second");
        assertThat(outcome.detail()).contains("12 fps");
        assertThat(JSON.readTree(answer.body()).path("words").asText()).isEqualTo(outcome.words());
        assertServerStops();
    }

    @Test
    void nobodyStartingInTimeExpiresThePageAndStopsTheServer() throws Exception {
        open(CheckPageSpec.aws(SESSION, "us-east-1", Instant.now().plusMillis(300), CREDENTIALS));

        CheckOutcome outcome = page.outcome().get(5, TimeUnit.SECONDS);
        assertThat(outcome.kind()).isEqualTo(CheckOutcome.Kind.EXPIRED);
        assertThat(outcome.words()).contains("within 3 minutes");
        assertServerStops();
    }

    @Test
    void closingFromTheDeskStopsTheServer() throws Exception {
        openAws();
        page.close();

        assertThat(page.outcome().getNow(null).kind()).isEqualTo(CheckOutcome.Kind.CLOSED);
        assertServerStops();
    }

    @Test
    void theSandboxPagePlaysTheCheckThroughTheSimulator() throws Exception {
        try (SandboxBackend sandbox = new SandboxBackend()) {
            CreatedSession created = sandbox.livenessSessions(ConnectionSettings.of(null, "us-east-1"))
                    .create(new SessionSettings("us-east-1", java.util.Optional.empty(), "", 0, java.util.Optional.empty(), null, java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty()));
            open(CheckPageSpec.sandbox(created.sessionId(), "us-east-1", created.startDeadline(),
                    sandbox.simulator()));

            assertThat(api("credentials", pageHeaders(), "{}").status()).isEqualTo(404);
            assertThat(JSON.readTree(api("session", pageHeaders(), "{}").body()).path("plays").toString())
                    .isEqualTo("[\"started\",\"live\",\"spoof\"]");
            assertThat(api("play", pageHeaders(), "{\"play\":\"started\"}").status()).isEqualTo(200);
            assertThat(sandbox.livenessSessions(ConnectionSettings.of(null, "us-east-1"))
                    .results(created.sessionId()).status()).isEqualTo(SessionStatus.IN_PROGRESS);
            RawHttp.Answer live = api("play", pageHeaders(), "{\"play\":\"live\"}");

            assertThat(live.status()).isEqualTo(200);
            assertThat(page.outcome().get(5, TimeUnit.SECONDS).kind()).isEqualTo(CheckOutcome.Kind.COMPLETED);
            assertThat(sandbox.livenessSessions(ConnectionSettings.of(null, "us-east-1"))
                    .results(created.sessionId()).status()).isEqualTo(SessionStatus.SUCCEEDED);
        }
    }

    @Test
    void aBuildWithoutThePageSaysWhatIsMissing() {
        LoopbackCheckPages none = new LoopbackCheckPages(getClass().getClassLoader(), "no/such/folder/",
                Clock.systemUTC());

        assertThat(none.unavailableReason()).hasValueSatisfying(reason -> assertThat(reason)
                .contains("Node.js", "npm"));
        assertThatThrownBy(() -> none.open(CheckPageSpec.aws(SESSION, "us-east-1", Instant.now(), CREDENTIALS)))
                .isInstanceOf(ServiceException.class).hasMessageContaining("Node.js");
    }

    private void assertServerStops() throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < until) {
            try (Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), port())) {
                assertThat(socket.isConnected()).isTrue();
                Thread.sleep(100);
            } catch (IOException refused) {
                return;
            }
        }
        throw new AssertionError("The check page's server still listens on port " + port());
    }
}
