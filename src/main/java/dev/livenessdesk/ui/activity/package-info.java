/**
 * The Activity tab: the Face Liveness sessions CloudTrail saw in a time window, with what happened to each and the
 * window's summary, and one session's timeline with "Copy for AWS Support". Stands on {@code core.activity}.
 */
package dev.livenessdesk.ui.activity;
