package dev.livenessdesk.testsupport;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A local IAM speaking the awsQuery protocol: form-encoded {@code POST /} with {@code Action=SimulatePrincipalPolicy}
 * or {@code GetRole}, answered in XML as IAM answers. It allows the actions it was told to allow for one policy
 * source (any resource), denies the rest implicitly, and can refuse the simulation itself. Records every form.
 */
public final class IamStandIn implements AutoCloseable {

    private final LoopbackServer server;
    private final List<Map<String, String>> forms = new ArrayList<>();
    private final Map<String, Set<String>> allowedBySource = new HashMap<>();
    private final Map<String, String> roleArns = new HashMap<>();
    private boolean denySimulation;

    private IamStandIn() {
        this.server = LoopbackServer.start("iam-stand-in", this::handle);
    }

    public static IamStandIn start() {
        return new IamStandIn();
    }

    public URI uri() {
        return server.uri();
    }

    /** The policies of this user or role allow these actions (on every resource). */
    public synchronized IamStandIn allow(String policySourceArn, Set<String> actions) {
        allowedBySource.put(policySourceArn, Set.copyOf(actions));
        return this;
    }

    /** GetRole answers this ARN (with its path) for the role name. */
    public synchronized IamStandIn role(String roleName, String arn) {
        roleArns.put(roleName, arn);
        return this;
    }

    /** From now on the caller may not run iam:SimulatePrincipalPolicy (403 AccessDenied). */
    public synchronized IamStandIn denySimulation() {
        denySimulation = true;
        return this;
    }

    public synchronized List<Map<String, String>> forms() {
        return List.copyOf(forms);
    }

    public List<Map<String, String>> forms(String action) {
        return forms().stream().filter(form -> action.equals(form.get("Action"))).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        Map<String, String> form = QueryForm.parse(new String(exchange.getRequestBody().readAllBytes(),
                StandardCharsets.UTF_8));
        int status;
        String reply;
        synchronized (this) {
            forms.add(form);
            String action = form.getOrDefault("Action", "");
            if ("SimulatePrincipalPolicy".equals(action)) {
                String source = form.getOrDefault("PolicySourceArn", "");
                if (denySimulation) {
                    status = 403;
                    reply = error("AccessDenied", "User: " + source + " is not authorized to perform: "
                            + "iam:SimulatePrincipalPolicy on resource: " + source);
                } else if (!allowedBySource.containsKey(source)) {
                    status = 404;
                    reply = error("NoSuchEntity", "The user or role with name " + source + " cannot be found.");
                } else {
                    status = 200;
                    reply = simulation(form, allowedBySource.get(source));
                }
            } else if ("GetRole".equals(action) && roleArns.containsKey(form.get("RoleName"))) {
                status = 200;
                reply = roleXml(form.get("RoleName"), roleArns.get(form.get("RoleName")));
            } else {
                status = 404;
                reply = error("NoSuchEntity", "The role with name " + form.get("RoleName") + " cannot be found.");
            }
        }
        byte[] bytes = reply.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/xml");
        exchange.getResponseHeaders().add("x-amzn-RequestId", "req-iam-" + forms().size());
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String simulation(Map<String, String> form, Set<String> allowed) {
        String resource = form.getOrDefault("ResourceArns.member.1", "*");
        StringBuilder results = new StringBuilder();
        for (int i = 1; form.containsKey("ActionNames.member." + i); i++) {
            String action = form.get("ActionNames.member." + i);
            results.append("<member><EvalActionName>").append(action).append("</EvalActionName>")
                    .append("<EvalResourceName>").append(resource).append("</EvalResourceName>")
                    .append("<EvalDecision>").append(allowed.contains(action) ? "allowed" : "implicitDeny")
                    .append("</EvalDecision><MatchedStatements/><MissingContextValues/></member>");
        }
        return "<SimulatePrincipalPolicyResponse xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\">"
                + "<SimulatePrincipalPolicyResult><IsTruncated>false</IsTruncated><EvaluationResults>" + results
                + "</EvaluationResults></SimulatePrincipalPolicyResult>"
                + "<ResponseMetadata><RequestId>req-iam</RequestId></ResponseMetadata>"
                + "</SimulatePrincipalPolicyResponse>";
    }

    private static String roleXml(String name, String arn) {
        return "<GetRoleResponse xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\"><GetRoleResult><Role>"
                + "<Path>" + arn.substring(arn.indexOf(":role") + 5, arn.lastIndexOf('/') + 1) + "</Path>"
                + "<RoleName>" + name + "</RoleName><RoleId>AROAEXAMPLEROLEID</RoleId><Arn>" + arn + "</Arn>"
                + "<CreateDate>2025-01-01T00:00:00Z</CreateDate></Role></GetRoleResult>"
                + "<ResponseMetadata><RequestId>req-iam</RequestId></ResponseMetadata></GetRoleResponse>";
    }

    private static String error(String code, String message) {
        return "<ErrorResponse xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\"><Error><Type>Sender</Type>"
                + "<Code>" + code + "</Code><Message>" + message + "</Message></Error>"
                + "<RequestId>req-iam-error</RequestId></ErrorResponse>";
    }

    @Override
    public void close() {
        server.close();
    }
}
