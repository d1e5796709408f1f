/**
 * How the app and the command line log: one logback set-up in code, warnings and errors to stderr only. Nothing
 * here ever logs a secret or image bytes; the callers keep to that.
 */
package dev.livenessdesk.logging;
