/**
 * Erasure of what Face Liveness stored: the plan of exactly what an erasure or a purge by age removes (computed
 * from listings), the guard that checks every key again right before each batch, the run that deletes batch by
 * batch with a journal so a crash resumes without deleting anything twice, the receipt, and the retention rule
 * merged into a bucket's lifecycle configuration. Plain Java; S3 and the disk are behind {@link
 * dev.livenessdesk.core.erasure.ErasureTarget} and {@link dev.livenessdesk.core.erasure.ErasureJournal}.
 */
package dev.livenessdesk.core.erasure;
