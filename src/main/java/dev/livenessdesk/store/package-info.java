/**
 * The local store: one SQLite file in the user's data folder holding the history of sessions created on this
 * computer and the campaigns. It owns the schema and its migrations, imports the old history.json once (keeping it
 * as a backup), and falls back to a read-only copy in memory when the file was written by a newer version or the
 * data folder cannot be written, so nothing it does not understand is ever rewritten.
 */
package dev.livenessdesk.store;
