/**
 * The Campaign tab: campaigns and their scenarios, the sessions run for them (followed concurrently, re-tagged or
 * excluded with a note), the ISO/IEC 30107-3 numbers and plots at the pass mark, the report export, and each
 * session's team record in its bucket, kept in step with the session (asked once per bucket).
 */
package dev.livenessdesk.ui.campaign;
