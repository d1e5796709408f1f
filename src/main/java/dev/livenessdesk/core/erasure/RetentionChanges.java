package dev.livenessdesk.core.erasure;

import dev.livenessdesk.core.failure.ServiceException;
import dev.livenessdesk.core.setup.LifecycleRule;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The retention rule from proposal to receipt, the same for the setup check's fix and the command line: read the
 * bucket's rules, propose the desk's rule under an id no other rule holds, and apply exactly the proposal shown,
 * only with its confirmation typed, keeping every other rule. Every method blocks on the network.
 */
public final class RetentionChanges {

    /**
     * How an apply ended.
     *
     * @param bucketCopyKey     where the receipt went in the bucket, when asked and written
     * @param bucketCopyProblem why it could not be written there, when asked and it failed
     */
    public record Outcome(RetentionReceipt receipt, Optional<String> bucketCopyKey,
                          Optional<String> bucketCopyProblem) {
    }

    private final RetentionRules rules;
    private final Clock clock;
    private final String deskVersion;

    public RetentionChanges(RetentionRules rules, Clock clock, String deskVersion) {
        this.rules = rules;
        this.clock = clock;
        this.deskVersion = deskVersion;
    }

    /**
     * @throws IllegalArgumentException for days outside 1 to 36,500 or a bucket already holding 1,000 rules, in
     *                                  words for the user
     */
    public RetentionProposal propose(String bucket, String prefix, int days) throws ServiceException {
        RetentionRule wanted = RetentionRule.forPrefix(prefix, days);
        List<LifecycleRule> current = rules.current(bucket);
        RetentionRule rule = wanted.withIdFreeOf(current);
        try {
            return new RetentionProposal(bucket, rule, current, LifecycleMerge.of(current, rule));
        } catch (IllegalStateException full) {
            throw new IllegalArgumentException(full.getMessage(), full);
        }
    }

    /**
     * Writes the proposal, when the typed words confirm it and the bucket's rules are still the ones shown.
     *
     * @throws IllegalArgumentException when the typed words are not the bucket's name: nothing is written
     */
    public Outcome apply(RetentionProposal proposal, String typed, boolean receiptInBucket) throws ServiceException {
        if (!proposal.confirmedBy(typed)) {
            throw new IllegalArgumentException(ErasureWords.get("retention.notConfirmed", proposal.bucket()));
        }
        rules.apply(proposal.bucket(), proposal.rule(), proposal.shown());
        RetentionReceipt receipt = new RetentionReceipt(proposal.bucket(), proposal.rule(), proposal.merge().kept(),
                proposal.merge().replaced(), rules.callerArn(), clock.instant(), deskVersion);
        if (!receiptInBucket) {
            return new Outcome(receipt, Optional.empty(), Optional.empty());
        }
        try {
            rules.keepReceipt(proposal.bucket(), receipt);
            return new Outcome(receipt, Optional.of(receipt.bucketKey()), Optional.empty());
        } catch (ServiceException failed) {
            return new Outcome(receipt, Optional.empty(), Optional.of(failed.error().fullText()));
        }
    }
}
