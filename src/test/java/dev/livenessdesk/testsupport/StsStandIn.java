package dev.livenessdesk.testsupport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * A local STS speaking the awsQuery protocol: a form-encoded {@code POST /} with {@code Action=GetCallerIdentity},
 * {@code GetFederationToken} or {@code AssumeRole}, answered in XML. It answers with one caller (and fixed temporary
 * credentials) until told to fail; it records every form it received.
 */
public final class StsStandIn implements AutoCloseable {

    public static final String ACCOUNT = "123456789012";
    public static final String ARN = "arn:aws:sts::123456789012:assumed-role/LivenessTester/desk-user";
    public static final String USER_ID = "AROAEXAMPLEID:desk-user";
    /** The temporary credentials GetFederationToken and AssumeRole hand out. */
    public static final String ISSUED_KEY_ID = "ASIASTSSTANDINISSUED";
    public static final String ISSUED_SECRET = "issued/secret/from/the/sts/stand/in";
    public static final String ISSUED_TOKEN = "IQoJb3JpZ2luX2VjEJr//////////issued-session-token";
    public static final String ISSUED_EXPIRATION = "2026-12-01T23:59:00Z";

    private final HttpServer server;
    private final Deque<String[]> failures = new ArrayDeque<>();
    private final List<Map<String, String>> forms = new ArrayList<>();
    private final List<String> authorizations = new ArrayList<>();
    private String account = ACCOUNT;
    private String arn = ARN;

    private StsStandIn(HttpServer server) {
        this.server = server;
    }

    public static StsStandIn start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            StsStandIn standIn = new StsStandIn(server);
            server.createContext("/", standIn::handle);
            server.start();
            return standIn;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the STS stand-in", e);
        }
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** From now on, answer this caller. */
    public synchronized StsStandIn answerCaller(String newAccount, String newArn) {
        this.account = newAccount;
        this.arn = newArn;
        return this;
    }

    /** The next call fails with this awsQuery error. */
    public synchronized StsStandIn failNext(int status, String code, String message) {
        failures.add(new String[] {String.valueOf(status), code, message});
        return this;
    }

    public synchronized List<Map<String, String>> forms() {
        return List.copyOf(forms);
    }

    public synchronized List<String> authorizations() {
        return List.copyOf(authorizations);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String reply;
        int status;
        synchronized (this) {
            forms.add(QueryForm.parse(body));
            authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            String[] failure = failures.poll();
            if (failure != null) {
                status = Integer.parseInt(failure[0]);
                reply = "<ErrorResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><Error><Type>Sender</Type>"
                        + "<Code>" + failure[1] + "</Code><Message>" + failure[2] + "</Message></Error>"
                        + "<RequestId>req-sts-error</RequestId></ErrorResponse>";
            } else if (!"GetCallerIdentity".equals(forms.get(forms.size() - 1).get("Action"))) {
                status = 200;
                reply = issuedCredentials(forms.get(forms.size() - 1).get("Action"));
            } else {
                status = 200;
                reply = "<GetCallerIdentityResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">"
                        + "<GetCallerIdentityResult><Arn>" + arn + "</Arn><UserId>" + USER_ID + "</UserId>"
                        + "<Account>" + account + "</Account></GetCallerIdentityResult>"
                        + "<ResponseMetadata><RequestId>req-sts-1</RequestId></ResponseMetadata>"
                        + "</GetCallerIdentityResponse>";
            }
        }
        byte[] bytes = reply.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/xml");
        exchange.getResponseHeaders().add("x-amzn-RequestId", status == 200 ? "req-sts-1" : "req-sts-error");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** GetFederationTokenResponse or AssumeRoleResponse: Credentials plus the federated user or assumed role. */
    private static String issuedCredentials(String action) {
        String who = "GetFederationToken".equals(action)
                ? "<FederatedUser><FederatedUserId>" + ACCOUNT + ":liveness-desk-check</FederatedUserId>"
                        + "<Arn>arn:aws:sts::" + ACCOUNT + ":federated-user/liveness-desk-check</Arn></FederatedUser>"
                : "<AssumedRoleUser><AssumedRoleId>AROACHECKROLE:liveness-desk-check</AssumedRoleId>"
                        + "<Arn>arn:aws:sts::" + ACCOUNT + ":assumed-role/LivenessCheck/liveness-desk-check</Arn>"
                        + "</AssumedRoleUser>";
        return "<" + action + "Response xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><" + action + "Result>"
                + "<Credentials><AccessKeyId>" + ISSUED_KEY_ID + "</AccessKeyId><SecretAccessKey>" + ISSUED_SECRET
                + "</SecretAccessKey><SessionToken>" + ISSUED_TOKEN + "</SessionToken><Expiration>"
                + ISSUED_EXPIRATION + "</Expiration></Credentials>" + who + "<PackedPolicySize>6</PackedPolicySize>"
                + "</" + action + "Result><ResponseMetadata><RequestId>req-sts-2</RequestId></ResponseMetadata></"
                + action + "Response>";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
