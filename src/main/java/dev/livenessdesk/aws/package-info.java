/**
 * The core's ports on the AWS SDK for Java v2, and the only package that imports {@code software.amazon}:
 * clients per connection, Rekognition sessions and results, S3 listings and reads, the caller identity (STS),
 * the profile catalog, and the translation of every SDK failure into a {@code ServiceError} with words and a
 * next step.
 */
package dev.livenessdesk.aws;
