/**
 * The Result tab: the followed session's status, confidence and challenge ({@code ResultsViewModel}), the verdict
 * against the pass mark ({@code VerdictViewModel}), its pictures with the face box ({@code
 * ResultPicturesViewModel}), and the history writes of each answer ({@code RecordingResultsCall}).
 */
package dev.livenessdesk.ui.results;
