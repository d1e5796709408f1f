/** The app's data folder per operating system, and atomic file replacement for the stores that keep files. */
package dev.livenessdesk.core.files;
