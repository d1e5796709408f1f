/**
 * The Campaign tab: campaigns and their scenarios, the sessions run for them (followed concurrently, re-tagged or
 * excluded with a note), the ISO/IEC 30107-3 numbers and plots at the pass mark, and the report export.
 */
package dev.livenessdesk.ui.campaign;
