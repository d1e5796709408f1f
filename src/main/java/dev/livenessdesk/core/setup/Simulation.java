package dev.livenessdesk.core.setup;

import java.util.List;
import java.util.Objects;

/**
 * What iam:SimulatePrincipalPolicy answered.
 *
 * @param policySource the IAM user or role whose policies were simulated
 */
public record Simulation(String policySource, List<PermissionDecision> decisions) {

    public Simulation {
        Objects.requireNonNull(policySource, "policySource");
        decisions = List.copyOf(decisions);
    }
}
