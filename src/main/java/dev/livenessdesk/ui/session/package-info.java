/** The session form: settings with live validation, Create, the created session's card with id and countdown. */
package dev.livenessdesk.ui.session;
