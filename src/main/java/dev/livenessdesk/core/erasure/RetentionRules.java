package dev.livenessdesk.core.erasure;

import dev.livenessdesk.core.failure.ServiceException;
import dev.livenessdesk.core.setup.LifecycleRule;

import java.util.List;

/** A bucket's lifecycle rules, read and merged with the desk's retention rule. Every method blocks on the network. */
public interface RetentionRules {

    /** The rules the bucket has now; empty when it has none. */
    List<LifecycleRule> current(String bucket) throws ServiceException;

    /**
     * Writes the bucket's rules with the proposal merged in: every other rule kept exactly as S3 has it, an earlier
     * rule with the proposal's id replaced. Reads the rules again first and refuses, changing nothing, when they are
     * no longer the ones the user was shown.
     *
     * @param shown the rules the user read when confirming
     */
    void apply(String bucket, RetentionRule proposed, List<LifecycleRule> shown) throws ServiceException;

    /** Who the calls run as: an ARN for the receipt. */
    String callerArn() throws ServiceException;

    /** Writes a copy of the receipt into the bucket, at {@link RetentionReceipt#bucketKey()}. */
    void keepReceipt(String bucket, RetentionReceipt receipt) throws ServiceException;
}
