package dev.livenessdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livenessdesk.testsupport.FxWait;
import dev.livenessdesk.ui.common.UncachedScrollPaneSkin;
import java.io.IOException;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every scroll pane of the window, on every tab, draws its content as it is instead of keeping a viewport-sized
 * picture of it (UncachedScrollPaneSkin: memory, and sharp text).
 */
@ExtendWith(ApplicationExtension.class)
class ScrollPaneViewportTest {

    private SandboxDesk desk;
    private Stage stage;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        desk = new SandboxDesk("scroll-pane-viewport");
        desk.show(stage);
    }

    @Stop
    void stop() {
        desk.close();
    }

    @Test
    void noScrollPaneOnAnyTabKeepsAPictureOfItsContent(FxRobot robot) throws Exception {
        TabPane tabs = robot.lookup("#workspaceTabs").queryAs(TabPane.class);
        for (int i = 0; i < tabs.getTabs().size(); i++) {
            int index = i;
            robot.interact(() -> tabs.getSelectionModel().select(index));
            WaitForAsyncUtils.waitForFxEvents();
        }
        FxWait.until(30, () -> scrollPanes().size() >= 3);

        List<ScrollPane> panes = scrollPanes();
        assertThat(panes).allSatisfy(pane -> {
            assertThat(pane.getSkin()).isInstanceOf(UncachedScrollPaneSkin.class);
            List<Node> viewports = pane.lookupAll(".viewport").stream().filter(node -> node.getParent() == pane)
                    .toList();
            assertThat(viewports).hasSize(1);
            assertThat(viewports.get(0).isCache()).isFalse();
        });
    }

    private List<ScrollPane> scrollPanes() {
        return stage.getScene().getRoot().lookupAll(".scroll-pane").stream().filter(ScrollPane.class::isInstance)
                .map(ScrollPane.class::cast).filter(pane -> pane.getSkin() != null).toList();
    }
}
