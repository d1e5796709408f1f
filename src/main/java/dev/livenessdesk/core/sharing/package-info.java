/**
 * Sharing a campaign with the team through S3: one small record per session, kept in the session's own folder
 * beside its images (so it has their permissions and lifecycle), and the port that writes and reads them.
 */
package dev.livenessdesk.core.sharing;
