/**
 * The erasure screen: "Erase this session" from the History and Images tabs and "Purge by age", as one dialog that
 * shows exactly what will go, asks for the session id's first 8 characters typed back, deletes with progress and
 * Cancel (a stopped purge resumes), and ends with what went and the receipt. Built on core.erasure.
 */
package dev.livenessdesk.ui.erasure;
