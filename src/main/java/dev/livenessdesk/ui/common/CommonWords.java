package dev.livenessdesk.ui.common;

import dev.livenessdesk.core.Words;

/** The words of the shared screen parts, from {@code common.properties} beside this package. */
final class CommonWords {

    static final Words WORDS = new Words("dev.livenessdesk.ui.common.common");

    private CommonWords() {
    }
}
