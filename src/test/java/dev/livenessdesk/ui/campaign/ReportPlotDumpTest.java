package dev.livenessdesk.ui.campaign;

import dev.livenessdesk.core.campaign.CampaignEvaluation;
import dev.livenessdesk.testsupport.CampaignExample;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ReportPlotDumpTest {
    @Test
    void dump() throws Exception {
        CampaignEvaluation evaluation = CampaignEvaluation.of(CampaignExample.campaign(),
                CampaignExample.sessions(60, 7));
        List<PlotPictures.Grab> grabs = WaitForAsyncUtils.asyncFx(() -> PlotPictures.grab(evaluation,
                evaluation.sweep(), 80)).get();
        Path dir = Files.createDirectories(Path.of("target/report-plots"));
        for (int i = 0; i < grabs.size(); i++) {
            Files.write(dir.resolve("plot" + i + ".png"), grabs.get(i).png());
        }
    }
}
