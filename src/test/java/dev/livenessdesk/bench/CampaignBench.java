package dev.livenessdesk.bench;

import static dev.livenessdesk.bench.BenchFx.onFx;

import dev.livenessdesk.core.campaign.InMemoryCampaignStore;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.sandbox.SandboxBackend;
import dev.livenessdesk.testsupport.CampaignExample;
import dev.livenessdesk.ui.campaign.CampaignPaneView;
import dev.livenessdesk.ui.campaign.CampaignViewModel;
import dev.livenessdesk.ui.campaign.ReferenceImages;
import dev.livenessdesk.ui.campaign.ReportExportModel;
import dev.livenessdesk.ui.common.FxDelayer;
import dev.livenessdesk.ui.common.FxTaskRunner;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The Campaign tab with a campaign of N sessions (default 5,000): how long it takes to open (from building the tab
 * to its first drawn frame, table and plots included) and to redraw when the pass mark moves (summary, lines and
 * a drawn frame). Each is measured beside a reference in the same run: a bare JavaFX TableView and LineChart with
 * the same number of rows and dots, and a bare chart whose one line moves. Prints the ratios. Not a test.
 * Run: {@code bench/campaign-tab/run.sh [sessions] [repeats]}.
 */
public final class CampaignBench {

    private static final int WIDTH = 1180;
    private static final int HEIGHT = 760;

    private CampaignBench() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Platform.setImplicitExit(false);
        FxTaskRunner tasks = new FxTaskRunner(2);
        SandboxBackend backend = new SandboxBackend();
        Stage stage = onFx(() -> {
            Stage s = new Stage();
            s.setScene(new Scene(new VBox(), WIDTH, HEIGHT));
            s.show();
            return s;
        });

        double[] open = new double[repeats];
        double[] openReference = new double[repeats];
        List<Double> redraws = new ArrayList<>();
        List<Double> redrawReferences = new ArrayList<>();
        for (int run = 0; run < repeats; run++) {
            InMemoryCampaignStore store = CampaignExample.store(count, 42 + run);
            openReference[run] = openBare(stage, count);
            OpenTab tab = openTab(stage, tasks, backend, store, count);
            open[run] = tab.millis();
            for (int mark : new int[] {70, 71, 60, 85, 90, 50, 79, 80}) {
                redraws.add(movePassMark(stage, tab.model(), mark));
                redrawReferences.add(moveBareLine(stage, mark));
            }
            onFx(() -> {
                tab.model().dispose();
                return null;
            });
        }
        System.out.printf("campaign of %,d sessions, %d runs, window %dx%d%n", count, repeats, WIDTH, HEIGHT);
        report("open the Campaign tab (to first frame)", open, openReference, 1000);
        report("redraw after the pass mark moves", unbox(redraws), unbox(redrawReferences), 200);
        onFx(() -> {
            stage.close();
            return null;
        });
        tasks.close();
        backend.close();
        Platform.exit();
    }

    private record OpenTab(CampaignViewModel model, double millis) {
    }

    /** Builds the tab as the app does, reads the campaign, and waits for its first frame with the numbers. */
    private static OpenTab openTab(Stage stage, FxTaskRunner tasks, SandboxBackend backend,
                                   InMemoryCampaignStore store, int count) throws Exception {
        long start = System.nanoTime();
        CampaignViewModel model = onFx(() -> {
            CampaignViewModel m = new CampaignViewModel(tasks, new FxDelayer(), store, backend::livenessSessions,
                    () -> ConnectionSettings.of(null, "us-east-1"), "bench", Clock.systemUTC());
            ReportExportModel export = new ReportExportModel(tasks, m, name -> Optional.empty(),
                    ReferenceImages.NONE, () -> "bench", Clock.systemUTC());
            Parent root = new CampaignPaneView(m, export).load();
            stage.getScene().setRoot(root);
            return m;
        });
        while (onFx(() -> model.sessions().size()) < count || onFx(() -> model.metrics().summaryProperty().get()
                .isEmpty())) {
            Thread.sleep(1);
        }
        frame(stage);
        return new OpenTab(model, (System.nanoTime() - start) / 1e6);
    }

    /** The reference: a bare TableView of N rows and a LineChart of N dots, no model, no CSS of ours. */
    private static double openBare(Stage stage, int count) throws Exception {
        long start = System.nanoTime();
        onFx(() -> {
            TableView<Integer> table = new TableView<>();
            for (int c = 0; c < 7; c++) {
                TableColumn<Integer, String> column = new TableColumn<>("Column " + c);
                column.setCellValueFactory(row -> new javafx.beans.property.SimpleStringProperty(
                        Integer.toString(row.getValue())));
                table.getColumns().add(column);
            }
            List<Integer> rows = new ArrayList<>(count);
            List<XYChart.Data<Number, Number>> dots = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                rows.add(i);
                dots.add(new XYChart.Data<>(i % 6 + 1 + (i % 97) / 200.0, (i * 37) % 100));
            }
            table.setItems(FXCollections.observableArrayList(rows));
            LineChart<Number, Number> chart = new LineChart<>(new NumberAxis(0, 7, 1), new NumberAxis(0, 100, 10));
            chart.setAnimated(false);
            XYChart.Series<Number, Number> series = new XYChart.Series<>();
            series.getData().setAll(dots);
            chart.getData().add(series);
            VBox root = new VBox(table, chart);
            stage.getScene().setRoot(root);
            return null;
        });
        frame(stage);
        return (System.nanoTime() - start) / 1e6;
    }

    private static double movePassMark(Stage stage, CampaignViewModel model, int mark) throws Exception {
        long start = System.nanoTime();
        onFx(() -> {
            model.metrics().passMarkProperty().set(mark);
            return null;
        });
        frame(stage);
        return (System.nanoTime() - start) / 1e6;
    }

    private static LineChart<Number, Number> bareChart;

    /** The reference: one two-point line moved on a bare chart (built once), and a drawn frame. */
    private static double moveBareLine(Stage stage, int mark) throws Exception {
        Parent tab = onFx(() -> stage.getScene().getRoot());
        onFx(() -> {
            if (bareChart == null) {
                bareChart = new LineChart<>(new NumberAxis(0, 100, 10), new NumberAxis(0, 100, 10));
                bareChart.setAnimated(false);
                XYChart.Series<Number, Number> line = new XYChart.Series<>();
                line.getData().addAll(new XYChart.Data<>(0, 0), new XYChart.Data<>(0, 100));
                bareChart.getData().add(line);
            }
            stage.getScene().setRoot(new VBox(bareChart));
            return null;
        });
        frame(stage);
        long start = System.nanoTime();
        onFx(() -> {
            for (XYChart.Data<Number, Number> point : bareChart.getData().get(0).getData()) {
                point.setXValue(mark);
            }
            return null;
        });
        frame(stage);
        double millis = (System.nanoTime() - start) / 1e6;
        onFx(() -> {
            stage.getScene().setRoot(tab);
            return null;
        });
        frame(stage);
        return millis;
    }

    /** CSS, layout and rendering of the whole window, as a pulse does: a snapshot of the scene. */
    private static void frame(Stage stage) throws Exception {
        onFx(() -> stage.getScene().snapshot(null));
    }


    private static void report(String what, double[] measured, double[] reference, double budget) {
        double[] sorted = measured.clone();
        Arrays.sort(sorted);
        double[] ref = reference.clone();
        Arrays.sort(ref);
        double median = sorted[sorted.length / 2];
        double refMedian = ref[ref.length / 2];
        System.out.printf("%s: first %.0f ms, median %.1f ms, max %.1f ms (budget %.0f ms: %s)%n", what,
                measured[0], median, sorted[sorted.length - 1], budget, sorted[sorted.length - 1] < budget
                        ? "within" : median < budget ? "median within, max over" : "OVER");
        System.out.printf("  reference (bare JavaFX): first %.0f ms, median %.1f ms; ratio median/reference %.2f%n",
                reference[0], refMedian, median / refMedian);
    }

    private static double[] unbox(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
