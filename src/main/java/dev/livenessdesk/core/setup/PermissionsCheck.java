package dev.livenessdesk.core.setup;

import dev.livenessdesk.core.connection.CallerIdentity;
import dev.livenessdesk.core.failure.ErrorKind;
import dev.livenessdesk.core.failure.ServiceException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 5. Do the caller's IAM policies allow what a session needs? Simulated with iam:SimulatePrincipalPolicy: Create
 * and results on Rekognition; PutObject and GetObject under the prefix, ListBucket on the bucket; GenerateDataKey
 * and Decrypt on the key. Then what erasing and the retention rule need: DeleteObject and DeleteObjectVersion under
 * the prefix, ListBucketVersions, GetLifecycleConfiguration and PutLifecycleConfiguration on the bucket. Sessions
 * work without those, so their absence is a warning naming them, not a failure. A denied simulation is "could not
 * check", with the policy to ask for.
 */
final class PermissionsCheck implements SetupCheck {

    static final String CREATE = "rekognition:CreateFaceLivenessSession";
    static final String RESULTS = "rekognition:GetFaceLivenessSessionResults";
    /** A key as Rekognition writes them: the prefix, the session id, a file name. */
    static final String SAMPLE_KEY = "00000000-0000-4000-8000-000000000000/reference.jpg";
    /** Erase, purge and the retention rule need these; a session does not. */
    static final Set<String> ERASURE_ACTIONS = Set.of("s3:DeleteObject", "s3:DeleteObjectVersion",
            "s3:ListBucketVersions", "s3:GetLifecycleConfiguration", "s3:PutLifecycleConfiguration");
    /** The Activity tab and {@code liveness-desk activity} read CloudTrail with this; a session does not. */
    static final String LOOKUP_EVENTS = "cloudtrail:LookupEvents";

    private final SetupAnswers answers;

    PermissionsCheck(SetupAnswers answers) {
        this.answers = answers;
    }

    @Override
    public CheckId id() {
        return CheckId.PERMISSIONS;
    }

    @Override
    public Set<CheckId> needs() {
        return Set.of(CheckId.CREDENTIALS, CheckId.KMS_KEY);
    }

    @Override
    public CheckResult run(SetupTarget target, Findings findings) {
        Optional<CallerIdentity> identity = findings.identity();
        if (identity.isEmpty()) {
            return CouldNotCheck.withoutCredentials(id());
        }
        String caller = identity.get().arn();
        if (PolicySource.isRoot(caller)) {
            return CheckResult.warn(id(), SetupWords.get("permissions.root", caller),
                    SetupWords.get("permissions.root.fix"));
        }
        Optional<String> source = PolicySource.of(caller);
        if (source.isEmpty()) {
            return CheckResult.unknown(id(), SetupWords.get("permissions.cannotSimulate", caller),
                    SetupWords.get("permissions.cannotSimulate.fix"));
        }
        List<PermissionQuestion> questions = questions(target, PolicySource.partition(caller), findings);
        Simulation simulation;
        try {
            simulation = answers.simulate(target.connection(), caller, questions);
        } catch (ServiceException e) {
            if (e.error().kind() == ErrorKind.ACCESS_DENIED) {
                return CheckResult.unknown(id(), SetupWords.get("permissions.denied", caller),
                        SetupWords.get("permissions.denied.fix", askForSimulation(source.get())));
            }
            return CouldNotCheck.because(id(), e.error(), "iam:SimulatePrincipalPolicy", source.get());
        }
        List<PermissionDecision> denied = simulation.decisions().stream().filter(d -> !d.allowed()).toList();
        String keyNote = target.kmsKeyId().isPresent() && keyArn(target, findings).isEmpty()
                ? " " + SetupWords.get("permissions.keyNotSimulated") : "";
        if (denied.isEmpty()) {
            String actions = simulation.decisions().stream().map(PermissionDecision::action).distinct()
                    .collect(Collectors.joining(", "));
            return CheckResult.ok(id(), SetupWords.get("permissions.ok", simulation.policySource(), actions)
                    + keyNote);
        }
        List<PermissionDecision> sessionNeeds = denied.stream()
                .filter(d -> !ERASURE_ACTIONS.contains(d.action()) && !LOOKUP_EVENTS.equals(d.action())).toList();
        boolean erasureDenied = denied.stream().anyMatch(d -> ERASURE_ACTIONS.contains(d.action()));
        if (sessionNeeds.isEmpty() && !erasureDenied) {
            return CheckResult.warn(id(), SetupWords.get("permissions.activityMissing", simulation.policySource())
                    + keyNote, SetupWords.get("permissions.fail.fix", simulation.policySource(),
                    policyFor(denied, target)));
        }
        if (sessionNeeds.isEmpty()) {
            String list = denied.stream().map(PermissionsCheck::describe).collect(Collectors.joining("; "));
            return CheckResult.warn(id(), SetupWords.get("permissions.erasureMissing", simulation.policySource(), list)
                    + keyNote, SetupWords.get("permissions.fail.fix", simulation.policySource(),
                    policyFor(denied, target)));
        }
        String list = denied.stream().map(PermissionsCheck::describe).collect(Collectors.joining("; "));
        return CheckResult.fail(id(), SetupWords.get("permissions.fail", simulation.policySource(), list) + keyNote,
                SetupWords.get("permissions.fail.fix", simulation.policySource(), policyFor(denied, target)));
    }

    static List<PermissionQuestion> questions(SetupTarget target, String partition, Findings findings) {
        List<PermissionQuestion> questions = new ArrayList<>();
        questions.add(new PermissionQuestion(List.of(CREATE, RESULTS), "*", Optional.empty()));
        target.bucket().ifPresent(bucket -> {
            String bucketArn = "arn:" + partition + ":s3:::" + bucket;
            questions.add(new PermissionQuestion(List.of("s3:PutObject", "s3:GetObject"),
                    bucketArn + "/" + target.prefix() + SAMPLE_KEY, Optional.empty()));
            questions.add(new PermissionQuestion(List.of("s3:ListBucket"), bucketArn, Optional.of(target.prefix())));
        });
        keyArn(target, findings).ifPresent(arn ->
                questions.add(new PermissionQuestion(List.of("kms:GenerateDataKey", "kms:Decrypt"), arn,
                        Optional.empty())));
        target.bucket().ifPresent(bucket -> {
            String bucketArn = "arn:" + partition + ":s3:::" + bucket;
            questions.add(new PermissionQuestion(List.of("s3:DeleteObject", "s3:DeleteObjectVersion"),
                    bucketArn + "/" + target.prefix() + SAMPLE_KEY, Optional.empty()));
            questions.add(new PermissionQuestion(List.of("s3:ListBucketVersions"), bucketArn,
                    Optional.of(target.prefix())));
            questions.add(new PermissionQuestion(List.of("s3:GetLifecycleConfiguration",
                    "s3:PutLifecycleConfiguration"), bucketArn, Optional.empty()));
        });
        // LookupEvents takes no resource: "*" is what a policy must allow.
        questions.add(new PermissionQuestion(List.of(LOOKUP_EVENTS), "*", Optional.empty()));
        return questions;
    }

    /** The key's ARN: from DescribeKey, or as given when it is a key ARN; an alias alone cannot be simulated. */
    private static Optional<String> keyArn(SetupTarget target, Findings findings) {
        return findings.kmsKey().map(KmsKeyFacts::arn)
                .or(() -> target.kmsKeyId().filter(id -> id.startsWith("arn:") && id.contains(":key/")));
    }

    private static String describe(PermissionDecision decision) {
        String why = SetupWords.get(decision.decision() == PermissionDecision.Decision.EXPLICIT_DENY
                ? "permissions.explicit" : "permissions.implicit");
        return SetupWords.get("permissions.deniedAction", decision.action(), decision.resource(), why);
    }

    /** The statement that would allow what was denied, grouped by resource, as an administrator pastes it. */
    static String policyFor(List<PermissionDecision> denied, SetupTarget target) {
        Map<String, List<String>> byResource = new LinkedHashMap<>();
        denied.forEach(d -> byResource.computeIfAbsent(wildcard(d.resource(), target), r -> new ArrayList<>())
                .add(d.action()));
        String statements = byResource.entrySet().stream().map(entry -> "{\"Effect\": \"Allow\", \"Action\": ["
                + entry.getValue().stream().distinct().map(PermissionsCheck::quoted).collect(Collectors.joining(", "))
                + "], \"Resource\": " + quoted(entry.getKey()) + "}").collect(Collectors.joining(", "));
        // Spaces after commas and colons let the checklist wrap it; it is still JSON to paste.
        return "{\"Version\": \"2012-10-17\", \"Statement\": [" + statements + "]}";
    }

    /** The sample object stands for every object under the prefix. */
    private static String wildcard(String resource, SetupTarget target) {
        return resource.endsWith("/" + target.prefix() + SAMPLE_KEY)
                ? resource.substring(0, resource.length() - SAMPLE_KEY.length()) + "*" : resource;
    }

    private static String askForSimulation(String policySource) {
        return "{\"Effect\": \"Allow\", \"Action\": [\"iam:SimulatePrincipalPolicy\", \"iam:GetRole\"], "
                + "\"Resource\": " + quoted(policySource) + "}";
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
