package dev.livenessdesk.ui.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import org.junit.jupiter.api.Test;

/** The hand-off link and its QR code, which decodes back to the filled template. */
class HandOffViewModelTest {

    private static final String ID = "0f4a2c1e-6b7d-4e8f-9a0b-1c2d3e4f5a6b";
    private static final Instant NOW = Instant.parse("2026-12-01T21:00:00Z");

    private final List<String> copied = new ArrayList<>();
    private final HandOffViewModel handOff = new HandOffViewModel(copied::add, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void theQrCodeDecodesBackToTheFilledTemplate() throws Exception {
        handOff.templateProperty().set("https://liveness.example.com/check?sessionId={sessionId}&region={region}");
        handOff.show(ID, "eu-west-1", NOW.minusSeconds(35));

        String expected = "https://liveness.example.com/check?sessionId=" + ID + "&region=eu-west-1";
        assertThat(handOff.linkProperty().get()).isEqualTo(expected);
        assertThat(decode(handOff.qrCodeProperty().get())).isEqualTo(expected);
        assertThat(handOff.countdownProperty().get()).isEqualTo("2:25 left to start");
        handOff.copyLink();
        assertThat(copied).containsExactly(expected);
    }

    @Test
    void aTemplateWithoutTheSessionIdIsRefusedNextToTheFieldAndMakesNoCode() {
        handOff.show(ID, "us-east-1", NOW);
        handOff.templateProperty().set("https://liveness.example.com/check");

        assertThat(handOff.problemProperty().get()).contains("{sessionId}");
        assertThat(handOff.linkProperty().get()).isEmpty();
        assertThat(handOff.qrCodeProperty().get()).isNull();

        handOff.templateProperty().set("ftp://liveness.example.com/{sessionId}");
        assertThat(handOff.problemProperty().get()).contains("https://");
    }

    @Test
    void valuesAreEncodedForAUrlAndTheCountdownSaysWhenTheWindowIsOver() {
        handOff.templateProperty().set("https://x.example/c/{sessionId}?r={region}&n=1");
        handOff.show(ID, "us east", NOW.minusSeconds(200));

        assertThat(handOff.linkProperty().get()).isEqualTo("https://x.example/c/" + ID + "?r=us+east&n=1");
        assertThat(handOff.countdownProperty().get()).isEqualTo("The 3 minutes to start are over.");
    }

    private static String decode(Image image) throws Exception {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] pixels = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(width, height, pixels)))).getText();
    }
}
