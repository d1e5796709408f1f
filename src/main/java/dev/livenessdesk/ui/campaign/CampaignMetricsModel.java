package dev.livenessdesk.ui.campaign;

import dev.livenessdesk.core.campaign.Campaign;
import dev.livenessdesk.core.campaign.CampaignEvaluation;
import dev.livenessdesk.core.campaign.CampaignSession;
import dev.livenessdesk.core.campaign.CampaignSummary;
import dev.livenessdesk.core.campaign.PassMarkMetrics;
import dev.livenessdesk.core.campaign.Sweep;
import java.util.Collection;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * The campaign's numbers as the tab shows them: rebuilt when the sessions change, re-read cheaply when only the
 * pass mark moves (the sweep does not depend on it). FX thread only.
 */
public final class CampaignMetricsModel {

    private final IntegerProperty passMark = new SimpleIntegerProperty(this, "passMark", 80);
    private final ReadOnlyObjectWrapper<CampaignEvaluation> evaluation = new ReadOnlyObjectWrapper<>(this, "evaluation");
    private final ReadOnlyObjectWrapper<Sweep> sweep = new ReadOnlyObjectWrapper<>(this, "sweep");
    private final ReadOnlyObjectWrapper<PassMarkMetrics> atPassMark = new ReadOnlyObjectWrapper<>(this, "atPassMark");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper notCounted = new ReadOnlyStringWrapper(this, "notCounted", "");
    private final ReadOnlyStringWrapper crossing = new ReadOnlyStringWrapper(this, "crossing", "");

    CampaignMetricsModel() {
        passMark.addListener((obs, old, mark) -> readAtPassMark());
    }

    /** The pass mark in use, 0..100: the app's one pass mark, shared with the Result tab. */
    public IntegerProperty passMarkProperty() { return passMark; }
    public ReadOnlyObjectProperty<CampaignEvaluation> evaluationProperty() { return evaluation.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Sweep> sweepProperty() { return sweep.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<PassMarkMetrics> atPassMarkProperty() { return atPassMark.getReadOnlyProperty(); }
    /** "At pass mark 80: BPCER 2/20 (10%), APCER printed photo 0/10, ...". */
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
    /** "Not counted: 2 in flight, 1 expired." or empty. */
    public ReadOnlyStringProperty notCountedProperty() { return notCounted.getReadOnlyProperty(); }
    /** Where BPCER meets the worst APCER, or why it cannot be told yet. */
    public ReadOnlyStringProperty crossingProperty() { return crossing.getReadOnlyProperty(); }

    void recompute(Campaign campaign, Collection<CampaignSession> sessions) {
        if (campaign == null) {
            evaluation.set(null);
            sweep.set(null);
            atPassMark.set(null);
            summary.set("");
            notCounted.set("");
            crossing.set("");
            return;
        }
        CampaignEvaluation evaluated = CampaignEvaluation.of(campaign, List.copyOf(sessions));
        Sweep swept = evaluated.sweep();
        evaluation.set(evaluated);
        sweep.set(swept);
        notCounted.set(CampaignSummary.notCounted(evaluated));
        crossing.set(CampaignSummary.crossingText(swept));
        readAtPassMark();
    }

    private void readAtPassMark() {
        Sweep swept = sweep.get();
        if (swept == null) {
            return;
        }
        int mark = Math.max(Sweep.LOWEST, Math.min(Sweep.HIGHEST, passMark.get()));
        PassMarkMetrics metrics = swept.at(mark);
        atPassMark.set(metrics);
        summary.set(CampaignSummary.line(metrics));
    }
}
