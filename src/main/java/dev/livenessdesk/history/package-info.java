/** The history of sessions created on this computer, kept in a file behind the core's {@code SessionHistoryStore}. */
package dev.livenessdesk.history;
