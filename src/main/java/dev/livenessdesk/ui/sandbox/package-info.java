/** The sandbox's "Play the check" strip on the Result tab: plays the person doing the check. */
package dev.livenessdesk.ui.sandbox;
