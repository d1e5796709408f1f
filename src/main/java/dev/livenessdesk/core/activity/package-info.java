/**
 * The Activity tab's subject in plain Java: what CloudTrail saw of Face Liveness sessions (the events, read into
 * {@link dev.livenessdesk.core.activity.TrailEvent}), stitched into one story per session with its outcome and the
 * reason in words, the summary of a time window, a session's timeline and the text for AWS Support; the ports the
 * adapters read the trail through ({@link dev.livenessdesk.core.activity.TrailEvents}) and keep what was read in
 * ({@link dev.livenessdesk.core.activity.TrailEventCache}).
 */
package dev.livenessdesk.core.activity;
