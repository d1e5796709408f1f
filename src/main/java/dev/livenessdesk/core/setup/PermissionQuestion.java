package dev.livenessdesk.core.setup;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Actions to simulate on one resource, as one iam:SimulatePrincipalPolicy call asks them.
 *
 * @param actions   IAM actions, e.g. s3:PutObject
 * @param resource  the resource ARN ("*" for actions without one)
 * @param s3Prefix  the value of the s3:prefix condition key, for s3:ListBucket
 */
public record PermissionQuestion(List<String> actions, String resource, Optional<String> s3Prefix) {

    public PermissionQuestion {
        actions = List.copyOf(actions);
        Objects.requireNonNull(resource, "resource");
        s3Prefix = s3Prefix == null ? Optional.empty() : s3Prefix;
    }
}
