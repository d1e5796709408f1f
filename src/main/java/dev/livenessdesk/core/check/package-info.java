/**
 * Running the end user's video check from the desk: the credentials a check page may hold (nothing but
 * rekognition:StartFaceLivenessSession), the page's host port and its outcome, the hand-off link for another
 * device, and {@link dev.livenessdesk.core.check.CheckRuns}, which the desktop and the command line both use to
 * start a page for a session. Plain JDK: the loopback server and STS are adapters.
 */
package dev.livenessdesk.core.check;
