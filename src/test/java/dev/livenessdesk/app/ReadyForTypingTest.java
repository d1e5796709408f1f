package dev.livenessdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

class ReadyForTypingTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void onlyAShownEditableTextFieldIsReadyForTyping() {
        assertThat(ReadyForTyping.readyForTyping(null)).isFalse();
        assertThat(ReadyForTyping.readyForTyping(new Button("Create session"))).isFalse();
        TextField notYetPlaced = new TextField();
        assertThat(ReadyForTyping.readyForTyping(notYetPlaced)).as("not in a scene").isFalse();
    }

    @Test
    void theLineSaysWhenAndHowLongAfterTheStart() {
        Instant start = Instant.parse("2026-12-06T23:00:00Z");

        assertThat(ReadyForTyping.line(start.plusMillis(1234), Optional.of(start)))
                .isEqualTo("startup: ready for typing at epoch-ms " + start.plusMillis(1234).toEpochMilli()
                        + " (1234 ms after the process started)");
        assertThat(ReadyForTyping.line(start, Optional.empty()))
                .isEqualTo("startup: ready for typing at epoch-ms " + start.toEpochMilli());
    }
}
