/**
 * The command line (picocli): every command prints exactly one JSON envelope on stdout and exits 0, 1 (the
 * service, network or credentials failed) or 2 (input refused before any call). Stands on the same core as the
 * desktop app and loads no JavaFX.
 */
package dev.livenessdesk.cli;
