/**
 * The offline sandbox: the core's ports in memory, behaving as the service does (ids, the 3-minute window,
 * statuses, the same validation and errors), with a check simulator that draws cartoon images, never photos.
 */
package dev.livenessdesk.sandbox;
