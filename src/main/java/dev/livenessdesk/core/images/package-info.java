/**
 * The images Rekognition stores in S3: locations, session folders, the key layout, pages of a listing, and the
 * {@code ImageStore} port that lists, reads and presigns them.
 */
package dev.livenessdesk.core.images;
