/**
 * Failures in words: {@code ServiceError} (what happened, what to do next, the code and request id for a
 * ticket), its {@code ErrorKind} (which also says what is transient), the exception that carries it and the one
 * cause-chain unwrap ({@code ServiceException.errorIn}), and the retry notices ({@code AttemptListener}).
 */
package dev.livenessdesk.core.failure;
