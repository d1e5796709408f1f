/**
 * The history's exports (CSV and JSON files a user asks for) of the sessions the local database keeps behind the
 * core's {@code SessionHistoryStore}; the history itself is in {@code store}.
 */
package dev.livenessdesk.history;
