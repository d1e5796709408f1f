/**
 * "Run the check here" in the desktop app: starts the check page for a CREATED session through
 * {@link dev.livenessdesk.core.check.CheckRuns}, opens the browser, shows how the check ended next to the session,
 * and offers the hand-off link and its QR code for a phone or another computer.
 */
package dev.livenessdesk.ui.check;
