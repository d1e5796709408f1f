/** The sessions created on this computer: the entry record, the {@code SessionHistoryStore} port and export formats. */
package dev.livenessdesk.core.history;
