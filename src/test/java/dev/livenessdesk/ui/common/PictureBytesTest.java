package dev.livenessdesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livenessdesk.testsupport.s3.TestJpegs;
import java.awt.Color;
import java.lang.ref.WeakReference;
import javafx.scene.image.Image;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** A decoded picture keeps its pixels, not the file it was decoded from. */
class PictureBytesTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void decodesAtFullSizeAndScaled() {
        byte[] jpeg = TestJpegs.jpeg(320, 240, Color.ORANGE, "full");

        Image full = PictureBytes.decode(jpeg);
        Image small = PictureBytes.decode(jpeg, 80, 80, true, true);

        assertThat(full.isError()).isFalse();
        assertThat(full.getWidth()).isEqualTo(320);
        assertThat(full.getHeight()).isEqualTo(240);
        assertThat(small.getWidth()).isEqualTo(80);
        assertThat(small.getHeight()).isEqualTo(60);
    }

    @Test
    void aDecodedPictureDoesNotKeepItsFile() throws Exception {
        byte[] jpeg = TestJpegs.jpeg(640, 480, Color.CYAN, "kept?");
        WeakReference<byte[]> file = new WeakReference<>(jpeg);
        Image picture = PictureBytes.decode(jpeg, 160, 120, true, true);
        jpeg = null;

        for (int i = 0; i < 20 && file.get() != null; i++) {
            System.gc();
            Thread.sleep(20);
        }

        assertThat(picture.getWidth()).as("the picture is still in use").isEqualTo(160);
        assertThat(file.get()).as("the JPEG it was decoded from").isNull();
    }

    @Test
    void aBrokenFileIsAnImageInErrorAsBefore() {
        Image broken = PictureBytes.decode(new byte[] {(byte) 0xff, (byte) 0xd8, 1, 2, 3});

        assertThat(broken.isError()).isTrue();
    }
}
