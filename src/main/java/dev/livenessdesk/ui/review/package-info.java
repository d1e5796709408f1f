/**
 * The Review tab: a queue of sessions reviewed one at a time from the keyboard, the score hidden until the label is
 * given, the next sessions' pictures fetched ahead into memory (never to disk), each showing noted in the viewing log.
 */
package dev.livenessdesk.ui.review;
