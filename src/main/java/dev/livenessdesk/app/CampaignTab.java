package dev.livenessdesk.app;

import dev.livenessdesk.core.connection.Backend;
import dev.livenessdesk.ui.campaign.BucketCampaigns;
import dev.livenessdesk.ui.campaign.CampaignPaneView;
import dev.livenessdesk.ui.campaign.CampaignViewModel;
import dev.livenessdesk.ui.campaign.ReportExportModel;
import dev.livenessdesk.ui.campaign.ReviewSections;
import dev.livenessdesk.ui.campaign.SessionReferenceImages;
import dev.livenessdesk.ui.common.ActiveConnection;
import dev.livenessdesk.ui.common.SaveFileChooser;
import dev.livenessdesk.ui.sandbox.SimulationBar;
import dev.livenessdesk.ui.sandbox.SimulationViewModel;
import dev.livenessdesk.ui.session.SessionFormViewModel;
import java.time.Clock;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.scene.Parent;
import javafx.stage.Stage;

/**
 * Assembles the Campaign tab from the window's parts: the report export, "Open from bucket" following the form's
 * bucket and prefix, and in the sandbox a play strip acting on the selected campaign session. Kept out of
 * {@link DesktopWindow} so the window's class stays the list of its screens.
 */
final class CampaignTab {

    private CampaignTab() {
    }

    static Parent build(Stage owner, String title, DesktopServices services, CampaignViewModel campaign,
                        SessionFormViewModel form, Supplier<String> connectionSummary, ActiveConnection active,
                        ReviewSections reviews) {
        Backend backend = services.backend();
        ReportExportModel export = new ReportExportModel(services.tasks(), campaign,
                SaveFileChooser.dialog(() -> owner, title),
                new SessionReferenceImages(backend::livenessSessions, backend::imageStore, active::getConnection),
                connectionSummary, Clock.systemUTC());
        export.setReviewSections(reviews);
        BucketCampaigns opener = new BucketCampaigns(campaign, services.tasks(), services.campaigns(),
                backend::sessionRecords, active::getConnection);
        Runnable suggest = () -> opener.suggest(form.bucketProperty().get(), form.keyPrefixProperty().get());
        suggest.run();
        form.bucketProperty().addListener((obs, old, now) -> suggest.run());
        form.keyPrefixProperty().addListener((obs, old, now) -> suggest.run());
        CampaignPaneView view = new CampaignPaneView(campaign, export, opener);
        Parent pane = view.load();
        backend.checkSimulator().ifPresent(simulator -> {
            SimulationViewModel simulation = new SimulationViewModel(services.tasks(), simulator, campaign::checkNow);
            simulation.sessionIdProperty().bind(Bindings.createStringBinding(
                    () -> campaign.selectedProperty().get() == null ? ""
                            : campaign.selectedProperty().get().sessionId(), campaign.selectedProperty()));
            simulation.finishedProperty().bind(Bindings.createBooleanBinding(
                    () -> campaign.selectedProperty().get() != null && campaign.selectedProperty().get().isFinal(),
                    campaign.selectedProperty()));
            SimulationBar strip = new SimulationBar(simulation);
            // Its own ids, so the Result tab's strip and this one are told apart (by tests and accessibility tools).
            strip.setId("campaignSimulationBar");
            strip.lookupAll(".button").forEach(button -> button.setId("campaign"
                    + Character.toUpperCase(button.getId().charAt(0)) + button.getId().substring(1)));
            view.setPlayStrip(strip);
        });
        return pane;
    }
}
