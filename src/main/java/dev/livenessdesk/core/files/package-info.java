/**
 * The app's data folder per operating system, atomic file replacement for the stores that keep files, and the one
 * decision on line endings (CSV, JSON and other files, the clipboard).
 */
package dev.livenessdesk.core.files;
