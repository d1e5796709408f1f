import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/** The floor for the start-up benchmark: the smallest useful JavaFX window, titled so the timer can find it. */
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
        TextField bucket = new TextField();
        Scene scene = new Scene(new VBox(8, new Label("Bucket"), bucket, new Button("Create session")), 400, 300);
        stage.setScene(scene);
        stage.show();
        // The same line the app prints with -Dlivenessdesk.startupReport=true (ReadyForTyping): the first frame
        // in which the field is on screen and takes typing.
        Runnable[] check = new Runnable[1];
        check[0] = () -> {
            if (bucket.getWidth() > 0) {
                scene.removePostLayoutPulseListener(check[0]);
                System.err.println("startup: ready for typing at epoch-ms " + System.currentTimeMillis());
            }
        };
        scene.addPostLayoutPulseListener(check[0]);
    }
}
