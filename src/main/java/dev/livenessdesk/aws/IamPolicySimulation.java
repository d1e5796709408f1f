package dev.livenessdesk.aws;

import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.failure.ErrorKind;
import dev.livenessdesk.core.failure.ServiceError;
import dev.livenessdesk.core.failure.ServiceException;
import dev.livenessdesk.core.setup.PermissionDecision;
import dev.livenessdesk.core.setup.PermissionQuestion;
import dev.livenessdesk.core.setup.PolicySource;
import dev.livenessdesk.core.setup.Simulation;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.ContextEntry;
import software.amazon.awssdk.services.iam.model.ContextKeyTypeEnum;
import software.amazon.awssdk.services.iam.model.EvaluationResult;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;
import software.amazon.awssdk.services.iam.model.SimulatePrincipalPolicyRequest;

/**
 * iam:SimulatePrincipalPolicy for the caller's own user or role: one call per resource, so each answer says which
 * action on which resource is denied. An assumed role is simulated as its role; STS's ARN drops the role's path
 * (IAM Identity Center roles live under /aws-reserved/...), so when that guess is unknown the role is looked up.
 */
final class IamPolicySimulation {

    static final String OPERATION = "iam:SimulatePrincipalPolicy";

    private final AwsClients clients;
    private final Optional<URI> endpoint;

    IamPolicySimulation(AwsClients clients, Optional<URI> endpoint) {
        this.clients = clients;
        this.endpoint = endpoint;
    }

    Simulation simulate(ConnectionSettings connection, String callerArn, List<PermissionQuestion> questions)
            throws ServiceException {
        String source = PolicySource.of(callerArn).orElseThrow(() -> new ServiceException(ServiceError.of(
                ErrorKind.UNKNOWN, SetupAdapterWords.get("iam.noPolicySource", callerArn),
                SetupAdapterWords.get("iam.noPolicySource.next"))));
        IamClient iam = clients.iam(connection, endpoint);
        try {
            try {
                return new Simulation(source, decisions(iam, source, questions));
            } catch (NoSuchEntityException guessUnknown) {
                Optional<String> role = PolicySource.roleName(callerArn);
                if (role.isEmpty()) {
                    throw guessUnknown;
                }
                String withPath = iam.getRole(request -> request.roleName(role.get())).role().arn();
                return new Simulation(withPath, decisions(iam, withPath, questions));
            }
        } catch (RuntimeException e) {
            throw AwsErrorTranslator.exception(e, OPERATION, connection);
        }
    }

    private static List<PermissionDecision> decisions(IamClient iam, String source, List<PermissionQuestion> questions) {
        List<PermissionDecision> decisions = new ArrayList<>();
        for (PermissionQuestion question : questions) {
            SimulatePrincipalPolicyRequest.Builder request = SimulatePrincipalPolicyRequest.builder()
                    .policySourceArn(source)
                    .actionNames(question.actions());
            if (!"*".equals(question.resource())) {
                request.resourceArns(question.resource());
            }
            question.s3Prefix().ifPresent(prefix -> request.contextEntries(ContextEntry.builder()
                    .contextKeyName("s3:prefix").contextKeyType(ContextKeyTypeEnum.STRING)
                    .contextKeyValues(prefix).build()));
            iam.simulatePrincipalPolicyPaginator(request.build()).evaluationResults()
                    .forEach(result -> decisions.add(decision(result, question.resource())));
        }
        return decisions;
    }

    private static PermissionDecision decision(EvaluationResult result, String askedResource) {
        String decision = result.evalDecisionAsString() == null ? "" : result.evalDecisionAsString();
        PermissionDecision.Decision verdict = switch (decision) {
            case "allowed" -> PermissionDecision.Decision.ALLOWED;
            case "explicitDeny" -> PermissionDecision.Decision.EXPLICIT_DENY;
            default -> PermissionDecision.Decision.IMPLICIT_DENY;
        };
        String resource = result.evalResourceName() == null ? askedResource : result.evalResourceName();
        return new PermissionDecision(result.evalActionName(), resource, verdict);
    }
}
