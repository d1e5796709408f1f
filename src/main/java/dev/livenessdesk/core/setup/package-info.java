/**
 * The setup check ("Check setup", {@code liveness-desk doctor}): one small class per question (region, credentials,
 * clock, bucket, permissions, the bucket as a home for biometric data, the KMS key), a port the AWS adapter answers
 * ({@link dev.livenessdesk.core.setup.SetupAnswers}), one checker that runs them with a time bound each, and the
 * plain-text report for a ticket. Pure Java: the rules and the words are tested without a network.
 */
package dev.livenessdesk.core.setup;
