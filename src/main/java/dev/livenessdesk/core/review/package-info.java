/**
 * Review of audit images as AWS advises: labels a person gives a session (what was in front of the camera, quality
 * flags, a note), queues of sessions to review, the blind second review and its disagreements, agreement between
 * reviewers (Cohen's kappa) and the figures the labels give next to a campaign's numbers. Plain Java: the shared
 * copy in the bucket is behind {@link dev.livenessdesk.core.review.SharedReviews}, the local one behind
 * {@link dev.livenessdesk.core.review.ReviewStore}; the Review tab and {@code review export} read the same here.
 */
package dev.livenessdesk.core.review;
