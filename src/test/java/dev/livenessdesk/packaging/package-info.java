/**
 * The packaging build: the steps `mvn -Papp-image verify` runs (jlink, jpackage, the Linux AOT caches, the
 * installers and the check of the built image), in Java so the same command works on Linux, Windows and macOS
 * without a shell. Everything that differs between the three systems is in {@link dev.livenessdesk.packaging.PackagingOs}.
 * Test scope: it needs the Rekognition stand-in from testsupport, and none of it ships in the app.
 */
package dev.livenessdesk.packaging;
