/**
 * What every screen shares: the {@code TaskRunner} (all blocking work off the FX thread), {@code NewestRequest}
 * ("the newest request wins"), the one error presentation ({@code ErrorPanel}, {@code ErrorExplanation}),
 * {@code ViewLoader}, the date format, field messages, and narrow services (clipboard, browser, notifications).
 */
package dev.livenessdesk.ui.common;
