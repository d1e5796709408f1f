package dev.livenessdesk.settings;

import java.util.function.UnaryOperator;

/** Where {@link UserPreferences} live; the window and the form each update their own part. */
public interface PreferencesStore {

    /** The preferences as last loaded or saved; defaults when there were none. */
    UserPreferences current();

    /** Applies a change and writes it. Blocks on file I/O: call it off the FX thread (or at exit). */
    void update(UnaryOperator<UserPreferences> change);
}
