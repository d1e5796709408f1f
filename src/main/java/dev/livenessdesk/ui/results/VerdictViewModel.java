package dev.livenessdesk.ui.results;

import dev.livenessdesk.core.session.SessionResults;
import dev.livenessdesk.core.session.Verdict;
import dev.livenessdesk.core.verdict.ScoreAgainstMark;
import java.util.Optional;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * The verdict on the Result tab: the shown results' confidence against the user's pass mark, turned again
 * whenever either changes, without asking the service. FX thread only.
 */
public final class VerdictViewModel {

    public static final int DEFAULT_PASS_MARK = 80;

    private final IntegerProperty passMark = new SimpleIntegerProperty(DEFAULT_PASS_MARK);
    private final ReadOnlyObjectWrapper<SessionResults> results = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Verdict> verdict = new ReadOnlyObjectWrapper<>(Verdict.NONE);
    private final ReadOnlyStringWrapper verdictText = new ReadOnlyStringWrapper("");

    VerdictViewModel() {
        passMark.addListener((obs, old, mark) -> update());
    }

    /** Judges these results (null: nothing shown). */
    void show(SessionResults shown) {
        results.set(shown);
        update();
    }

    private void update() {
        Optional<ScoreAgainstMark> judged = ScoreAgainstMark.of(results.get(), passMark.get());
        verdict.set(judged.map(score -> score.passed() ? Verdict.PASS : Verdict.FAIL).orElse(Verdict.NONE));
        verdictText.set(judged.map(ScoreAgainstMark::text).orElse(""));
    }

    /** The confidence, 0 to 100, a check must reach to pass. */
    public IntegerProperty passMarkProperty() {
        return passMark;
    }

    /** The results judged, or null. */
    public ReadOnlyObjectProperty<SessionResults> resultsProperty() {
        return results.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Verdict> verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    /** the verdict in words, naming the pass mark (and its preset), or empty with no verdict. */
    public ReadOnlyStringProperty verdictTextProperty() {
        return verdictText.getReadOnlyProperty();
    }
}
