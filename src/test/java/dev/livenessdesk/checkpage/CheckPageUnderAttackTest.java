package dev.livenessdesk.checkpage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livenessdesk.core.check.CheckCredentials;
import dev.livenessdesk.core.check.CheckPageSpec;
import dev.livenessdesk.core.check.CredentialScope;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What any local process can do to the check page during its start window, over real sockets: dribble request
 * heads one byte at a time on many connections (slow-loris), send two Host headers, or name another server in an
 * absolute-form target. The page stays served, and the tricks are refused.
 */
class CheckPageUnderAttackTest {

    private static final String SESSION = "0f4a2c1e-6b7d-4e8f-9a0b-1c2d3e4f5a6b";
    private static final CheckCredentials CREDENTIALS = new CheckCredentials("ASIASCOPEDKEY", "scoped-secret",
            "scoped-token", Instant.now().plus(Duration.ofMinutes(15)), CredentialScope.FEDERATION_TOKEN);
    private static final int SLOW_CLIENTS = 40;

    private final LoopbackCheckPages host = new LoopbackCheckPages(getClass().getClassLoader(),
            "dev/livenessdesk/checkpage/testpage/", Clock.systemUTC());
    private final AtomicBoolean attacking = new AtomicBoolean(true);
    private final List<Thread> attackers = new ArrayList<>();
    private LoopbackCheckPage page;

    @AfterEach
    void stop() throws InterruptedException {
        attacking.set(false);
        for (Thread attacker : attackers) {
            attacker.interrupt();
            attacker.join(5_000);
        }
        if (page != null) {
            page.close();
        }
    }

    @Test
    void manySlowClientsDoNotMakeThePageUnreachableAndAreDroppedWithinSeconds() throws Exception {
        page = (LoopbackCheckPage) host.open(CheckPageSpec.aws(SESSION, "us-east-1",
                Instant.now().plus(Duration.ofMinutes(3)), CREDENTIALS));
        int port = page.address().getPort();
        List<Long> heldMillis = new CopyOnWriteArrayList<>();
        AtomicInteger connections = new AtomicInteger();
        for (int n = 0; n < SLOW_CLIENTS; n++) {
            Thread attacker = new Thread(() -> dribble(port, heldMillis, connections), "slow-client-" + n);
            attacker.setDaemon(true);
            attacker.start();
            attackers.add(attacker);
        }
        Thread.sleep(1_000);

        List<Long> answerMillis = new ArrayList<>();
        long until = System.nanoTime() + Duration.ofSeconds(12).toNanos();
        while (System.nanoTime() < until) {
            long start = System.nanoTime();
            String answer = get(port, "GET " + page.address().getRawPath() + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
                    + "\r\nConnection: close\r\n\r\n");
            answerMillis.add((System.nanoTime() - start) / 1_000_000);
            assertThat(answer).as("the page under attack").startsWith("HTTP/1.1 200").contains("test page");
            Thread.sleep(500);
        }

        assertThat(answerMillis).as("milliseconds to each answer while %d clients dribble", SLOW_CLIENTS)
                .allSatisfy(ms -> assertThat(ms).isLessThan(2_000));
        // A dribbler notices the drop at its second write after it (the first only brings the reset): 4 s late.
        assertThat(heldMillis).as("how long the server let a dribbling connection live").isNotEmpty()
                .allSatisfy(ms -> assertThat(ms).isLessThan(RequestHeadReader.HEAD_TIMEOUT_MILLIS + 5_000));
    }

    @Test
    void twoHostHeadersAreRefusedEvenWithOursFirst() throws Exception {
        page = (LoopbackCheckPage) host.open(CheckPageSpec.aws(SESSION, "us-east-1",
                Instant.now().plus(Duration.ofMinutes(3)), CREDENTIALS));
        int port = page.address().getPort();

        String answer = get(port, "GET " + page.address().getRawPath() + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
                + "\r\nHost: attacker.example\r\nConnection: close\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 400").contains("exactly one Host header").doesNotContain("test page");
    }

    @Test
    void anAbsoluteTargetNamingAnotherServerIsRefusedAndOneNamingThisServerServed() throws Exception {
        page = (LoopbackCheckPage) host.open(CheckPageSpec.aws(SESSION, "us-east-1",
                Instant.now().plus(Duration.ofMinutes(3)), CREDENTIALS));
        int port = page.address().getPort();
        String path = page.address().getRawPath();

        for (String target : new String[] {"http://attacker.example" + path, "http://attacker.example:" + port + path,
            "http://u@127.0.0.1:" + port + path, "https://127.0.0.1:" + port + path, "*"}) {
            String answer = get(port, "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
                    + "\r\nConnection: close\r\n\r\n");
            assertThat(answer).as(target).startsWith("HTTP/1.1 421").doesNotContain("test page");
        }
        assertThat(get(port, "GET http://127.0.0.1:" + port + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
                + "\r\nConnection: close\r\n\r\n")).startsWith("HTTP/1.1 200").contains("test page");
    }

    /** One slow client: a header byte every 2 s, a new connection whenever the server drops it. */
    private void dribble(int port, List<Long> heldMillis, AtomicInteger connections) {
        byte[] head = ("GET /" + "x".repeat(40) + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nX-Slow: "
                + "y".repeat(200)).getBytes(StandardCharsets.ISO_8859_1);
        while (attacking.get()) {
            long opened = System.nanoTime();
            try (Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), port)) {
                connections.incrementAndGet();
                OutputStream out = socket.getOutputStream();
                for (int i = 0; attacking.get(); i = (i + 1) % head.length) {
                    out.write(head[i]);
                    out.flush();
                    Thread.sleep(2_000);
                }
            } catch (IOException dropped) {
                heldMillis.add((System.nanoTime() - opened) / 1_000_000);
            } catch (InterruptedException stopped) {
                return;
            }
        }
    }

    private static String get(int port, String request) throws IOException {
        try (Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), port)) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            try {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (SocketTimeoutException silent) {
                return "no answer within 5 s";
            }
        }
    }
}
