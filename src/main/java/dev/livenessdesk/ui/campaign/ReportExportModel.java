package dev.livenessdesk.ui.campaign;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.livenessdesk.core.campaign.AttackSpecies;
import dev.livenessdesk.core.campaign.Campaign;
import dev.livenessdesk.core.campaign.CampaignEvaluation;
import dev.livenessdesk.core.campaign.CampaignFacts;
import dev.livenessdesk.core.campaign.CampaignReport;
import dev.livenessdesk.core.campaign.CampaignReportHtml;
import dev.livenessdesk.core.campaign.CampaignSession;
import dev.livenessdesk.core.campaign.CampaignSessionsCsv;
import dev.livenessdesk.core.campaign.Expectation;
import dev.livenessdesk.core.campaign.Sweep;
import dev.livenessdesk.core.files.AtomicFiles;
import dev.livenessdesk.json.PrettyJson;
import dev.livenessdesk.ui.common.SaveFileChooser;
import dev.livenessdesk.ui.common.TaskRunner;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Writes the campaign as a report: one self-contained HTML file (numbers, plots, settings, date), or its sessions
 * as CSV or JSON. Faces go in only when the user ticks "include reference images". The file is written whole or
 * not at all; the work runs through the TaskRunner and says how far it got.
 */
public final class ReportExportModel {

    /** The sessions' formats besides the HTML report. */
    public enum Format { CSV, JSON }

    private static final DateTimeFormatter FILE_DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final TaskRunner tasks;
    private final CampaignViewModel campaign;
    private final SaveFileChooser files;
    private final ReferenceImages references;
    private final Supplier<String> connectionText;
    private final Clock clock;
    private final Consumer<String> say;
    private final ObjectMapper json = new ObjectMapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private ReviewSections reviews = ReviewSections.NONE;

    public ReportExportModel(TaskRunner tasks, CampaignViewModel campaign, SaveFileChooser files,
                             ReferenceImages references, Supplier<String> connectionText, Clock clock) {
        this.tasks = Objects.requireNonNull(tasks);
        this.campaign = Objects.requireNonNull(campaign);
        this.files = Objects.requireNonNull(files);
        this.references = Objects.requireNonNull(references);
        this.connectionText = Objects.requireNonNull(connectionText);
        this.clock = Objects.requireNonNull(clock);
        this.say = campaign::say;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The choices of the new-scenario list: bona fide first, then each attack species. */
    public static List<Expectation> expectations() {
        List<Expectation> all = new ArrayList<>();
        all.add(Expectation.BONA_FIDE);
        for (AttackSpecies species : AttackSpecies.values()) {
            all.add(Expectation.attack(species));
        }
        return all;
    }

    /** Asks where, then writes the HTML report; plots are drawn here on the FX thread, the rest off it. */
    public void exportHtml(boolean includeReferenceImages) {
        CampaignEvaluation evaluation = campaign.metrics().evaluationProperty().get();
        Sweep sweep = campaign.metrics().sweepProperty().get();
        if (evaluation == null || sweep == null || busy.get()) {
            say.accept(CampaignText.get("message.noCampaignToExport"));
            return;
        }
        Optional<Path> target = files.chooseTarget(fileName(evaluation.campaign(), "html"));
        if (target.isEmpty()) {
            return;
        }
        int passMark = campaign.metrics().passMarkProperty().get();
        List<CampaignSession> sessions = List.copyOf(campaign.sessions());
        List<PlotPictures.Grab> grabs = PlotPictures.grab(evaluation, sweep, passMark);
        Map<String, String> settings = settings(evaluation, sessions, passMark, includeReferenceImages);
        run(target.get(), context -> {
            List<CampaignReport.Picture> plots = new ArrayList<>();
            for (PlotPictures.Grab grab : grabs) {
                plots.add(new CampaignReport.Picture(grab.title(), grab.png()));
            }
            Map<String, byte[]> faces = new LinkedHashMap<>();
            if (includeReferenceImages) {
                int done = 0;
                for (CampaignSession session : sessions) {
                    if (context.isCancelled()) {
                        throw new InterruptedException();
                    }
                    Optional<byte[]> reference = references.referenceOf(session);
                    if (reference.isPresent()) {
                        Thumbnails.jpeg(reference.get()).ifPresent(small -> faces.put(session.sessionId(), small));
                    }
                    context.updateProgress(++done, sessions.size());
                }
            }
            CampaignReport report = new CampaignReport(evaluation, sessions, passMark, clock.instant(), settings,
                    plots, faces, reviews.of(evaluation.campaign(), sessions, passMark));
            return CampaignReportHtml.render(report).getBytes(StandardCharsets.UTF_8);
        });
    }

    /** Where the report's review section comes from (the Review tab's reviews); none until set. */
    public void setReviewSections(ReviewSections sections) {
        this.reviews = sections;
    }

    /** Asks where, then writes the sessions as CSV or JSON (JSON also holds the metrics and the sweep). */
    public void exportSessions(Format format) {
        CampaignEvaluation evaluation = campaign.metrics().evaluationProperty().get();
        if (evaluation == null || busy.get()) {
            say.accept(CampaignText.get("message.noCampaignToExport"));
            return;
        }
        Optional<Path> target = files.chooseTarget(fileName(evaluation.campaign(),
                format.name().toLowerCase(Locale.ROOT)));
        if (target.isEmpty()) {
            return;
        }
        int passMark = campaign.metrics().passMarkProperty().get();
        List<CampaignSession> sessions = List.copyOf(campaign.sessions());
        run(target.get(), context -> {
            if (format == Format.CSV) {
                StringWriter out = new StringWriter();
                CampaignSessionsCsv.write(evaluation, sessions, out);
                return out.toString().getBytes(StandardCharsets.UTF_8);
            }
            Map<String, Object> tree = new LinkedHashMap<>();
            tree.put("made_at", clock.instant().toString());
            tree.put("metrics", CampaignFacts.metrics(evaluation, passMark));
            tree.put("sessions", CampaignFacts.sessions(evaluation, sessions));
            return PrettyJson.writer(json).writeValueAsBytes(tree);
        });
    }

    private void run(Path target, dev.livenessdesk.ui.common.BackgroundWork<byte[]> content) {
        busy.set(true);
        say.accept(CampaignText.get("message.exporting"));
        tasks.job(context -> {
            byte[] bytes = content.run(context);
            AtomicFiles.write(target, bytes);
            return target;
        }).onSuccess(written -> {
            busy.set(false);
            say.accept(CampaignText.get("message.exported", written.toString()));
        }).onFailure(error -> {
            busy.set(false);
            String reason = error instanceof dev.livenessdesk.core.failure.ServiceException failure
                    ? failure.error().fullText() : String.valueOf(error.getMessage());
            say.accept(CampaignText.get("message.exportFailed", reason));
        }).onCancelled(() -> {
            busy.set(false);
            say.accept("");
        }).start();
    }

    private Map<String, String> settings(CampaignEvaluation evaluation, List<CampaignSession> sessions, int passMark,
                                         boolean faces) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put(CampaignText.get("report.setting.passMark"), CampaignText.get("report.setting.passMarkValue",
                passMark));
        settings.put(CampaignText.get("report.setting.campaign"), evaluation.campaign().name());
        settings.put(CampaignText.get("report.setting.scenarios"), String.valueOf(evaluation.campaign().scenarios().size()));
        settings.put(CampaignText.get("report.setting.sessions"), String.valueOf(sessions.size()));
        settings.put(CampaignText.get("report.setting.regions"), joined(sessions, CampaignSession::region));
        settings.put(CampaignText.get("report.setting.testers"), joined(sessions, CampaignSession::tester));
        settings.put(CampaignText.get("report.setting.connection"), connectionText.get());
        settings.put(CampaignText.get("report.setting.images"),
                CampaignText.get(faces ? "report.setting.imagesIncluded" : "report.setting.imagesLeftOut"));
        return settings;
    }

    private static String joined(List<CampaignSession> sessions,
                                 java.util.function.Function<CampaignSession, String> value) {
        TreeSet<String> values = new TreeSet<>();
        sessions.stream().map(value).filter(v -> !v.isBlank()).forEach(values::add);
        return values.isEmpty() ? "\u2013" : String.join(", ", values);
    }

    /** "campaign-release-4.2-2026-12-01.html": letters, digits, dots and dashes only. */
    private String fileName(Campaign chosen, String extension) {
        String safe = chosen.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]+", "-")
                .replaceAll("(^-+|-+$)", "");
        return "campaign-" + (safe.isEmpty() ? "report" : safe) + "-" + FILE_DATE.format(clock.instant()) + "."
                + extension;
    }
}
