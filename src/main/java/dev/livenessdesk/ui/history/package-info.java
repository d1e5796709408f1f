/** The History tab: sessions created on this computer, filtered, reopened, removed, exported to CSV or JSON. */
package dev.livenessdesk.ui.history;
