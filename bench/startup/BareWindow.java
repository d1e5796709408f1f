import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The floor for the start-up benchmark: the smallest JavaFX window, titled so the timer can find it. */
public class BareWindow extends Application {

    /** A main outside the Application subclass, as the app has, so JavaFX runs from the class path. */
    public static final class Launcher {
        public static void main(String[] args) {
            Application.launch(BareWindow.class, args);
        }
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Liveness Desk bare");
        stage.setScene(new Scene(new Label("bare"), 400, 300));
        stage.show();
    }
}
