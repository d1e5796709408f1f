/** The main window's frame: the form on the left, the tabs on the right, the status bar. */
package dev.livenessdesk.ui.main;
