/**
 * Liveness Desk: a desktop app and a command line for Amazon Rekognition Face Liveness. {@link
 * dev.livenessdesk.Main} sends arguments to the command line ({@code cli}) and no arguments to the desktop app
 * ({@code app}). The house plan (which package holds what, and who may import whom) is docs/architecture.md
 * ("How the code is organised"); {@code ArchitectureTest} enforces its arrows.
 */
package dev.livenessdesk;
