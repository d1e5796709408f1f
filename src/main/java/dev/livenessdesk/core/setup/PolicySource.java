package dev.livenessdesk.core.setup;

import java.util.Optional;

/**
 * Whose policies iam:SimulatePrincipalPolicy can simulate for a caller: an IAM user as it is, an assumed role as
 * its role (STS's ARN drops the role's path, so the adapter looks the role up when this guess is not found).
 */
public final class PolicySource {

    private PolicySource() {
    }

    /** The IAM user or role ARN for a caller ARN; empty for the root user and federated users. */
    public static Optional<String> of(String callerArn) {
        String[] parts = callerArn.split(":", 6);
        if (parts.length < 6) {
            return Optional.empty();
        }
        String partition = parts[1];
        String account = parts[4];
        String resource = parts[5];
        if ("iam".equals(parts[2]) && resource.startsWith("user/")) {
            return Optional.of(callerArn);
        }
        if ("iam".equals(parts[2]) && resource.startsWith("role/")) {
            return Optional.of(callerArn);
        }
        if ("sts".equals(parts[2]) && resource.startsWith("assumed-role/")) {
            return roleName(callerArn).map(role -> "arn:" + partition + ":iam::" + account + ":role/" + role);
        }
        return Optional.empty();
    }

    /** The role name of an assumed-role ARN ("arn:aws:sts::1:assumed-role/NAME/session"). */
    public static Optional<String> roleName(String callerArn) {
        int start = callerArn.indexOf(":assumed-role/");
        if (start < 0) {
            return Optional.empty();
        }
        String rest = callerArn.substring(start + ":assumed-role/".length());
        int slash = rest.indexOf('/');
        return Optional.of(slash < 0 ? rest : rest.substring(0, slash)).filter(name -> !name.isEmpty());
    }

    public static boolean isRoot(String callerArn) {
        return callerArn.endsWith(":root");
    }

    /** "aws", "aws-cn", "aws-us-gov": the partition resource ARNs must use. */
    public static String partition(String callerArn) {
        String[] parts = callerArn.split(":", 3);
        return parts.length > 1 && !parts[1].isEmpty() ? parts[1] : "aws";
    }
}
