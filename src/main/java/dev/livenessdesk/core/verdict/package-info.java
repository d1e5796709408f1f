/**
 * What a score means to the person reading it: the pass-mark presets with what each guards against (AWS's AI
 * Service Card for Face Liveness), and the words a support person can act on for each feedback code. Pure Java
 * and a words bundle, shared by the desktop app and the command line.
 */
package dev.livenessdesk.core.verdict;
