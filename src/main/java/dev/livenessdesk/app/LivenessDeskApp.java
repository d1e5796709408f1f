package dev.livenessdesk.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/** The desktop app's composition root (placeholder until the session form lands). */
public final class LivenessDeskApp extends Application {

    @Override
    public void start(Stage stage) {
        stage.setTitle("Liveness Desk");
        stage.setScene(new Scene(new BorderPane(), 1100, 720));
        stage.show();
    }
}
