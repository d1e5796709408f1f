package dev.livenessdesk.core.review;

import dev.livenessdesk.core.VisibleText;
import dev.livenessdesk.core.campaign.CampaignNames;
import java.util.Optional;

/**
 * The rules for what a person types into a review, one place for the screen, the command line and every record
 * read from a bucket (where a teammate's desk or anyone with write access could put anything): a reviewer's name is
 * 1 to {@value #MAX_NAME} characters, a note at most {@value #MAX_NOTE}; neither holds control characters nor
 * invisible format characters (a right-to-left override would make a name read as another).
 */
public final class ReviewText {

    public static final int MAX_NAME = 80;
    public static final int MAX_NOTE = 500;

    private ReviewText() {
    }

    /** Why this reviewer's name cannot be used, in words for the field; empty when it can. */
    public static Optional<String> nameProblem(String name) {
        String kept = CampaignNames.normalize(name);
        if (kept.isEmpty()) {
            return Optional.of(ReviewWords.get("reviewer.empty"));
        }
        if (kept.codePointCount(0, kept.length()) > MAX_NAME) {
            return Optional.of(ReviewWords.get("reviewer.long", MAX_NAME));
        }
        if (hasHidden(kept)) {
            return Optional.of(ReviewWords.get("reviewer.control"));
        }
        return Optional.empty();
    }

    /** Why this note cannot be kept, in words for the field; empty when it can (an empty note is no note). */
    public static Optional<String> noteProblem(String note) {
        String kept = CampaignNames.normalize(note);
        if (kept.codePointCount(0, kept.length()) > MAX_NOTE) {
            return Optional.of(ReviewWords.get("note.long", MAX_NOTE));
        }
        if (hasHidden(kept)) {
            return Optional.of(ReviewWords.get("note.control"));
        }
        return Optional.empty();
    }

    /** The key two spellings of one reviewer share ("Ana " and "ana"): agreement pairs and progress use it. */
    public static String reviewerKey(String name) {
        return CampaignNames.key(name);
    }

    static boolean hasHidden(String text) {
        return VisibleText.hasHidden(text);
    }

    static String requireName(String name) {
        nameProblem(name).ifPresent(why -> {
            throw new IllegalArgumentException(why);
        });
        return CampaignNames.normalize(name);
    }

    static Optional<String> requireNote(Optional<String> note) {
        if (note == null || note.isEmpty()) {
            return Optional.empty();
        }
        noteProblem(note.get()).ifPresent(why -> {
            throw new IllegalArgumentException(why);
        });
        return Optional.of(CampaignNames.normalize(note.get())).filter(n -> !n.isEmpty());
    }
}
