/**
 * The one way the desk writes pretty JSON (receipts, exports, the preferences, the report's sessions): two-space
 * indents and LF line ends on every OS. Stands on core and Jackson only; every other package but core may use it
 * (core stays on the JDK).
 */
package dev.livenessdesk.json;
