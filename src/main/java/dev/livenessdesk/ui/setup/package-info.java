/**
 * "Check setup": the checklist window (ok / warning / fails / could not check, what was found and what to do, a
 * copyable report) opened from the connection bar, and the quiet check before the first Create for a bucket that
 * shows only what fails. The checks themselves are core.setup's, the same as the command line's {@code doctor}.
 */
package dev.livenessdesk.ui.setup;
