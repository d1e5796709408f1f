package dev.livenessdesk.ui.viewer;

import dev.livenessdesk.ui.common.PictureBytes;
import java.util.ResourceBundle;
import javafx.scene.image.Image;

/** Turns bytes read from S3 into a picture, off the FX thread, or says in words why it cannot. */
final class ImageDecoding {

    /** An object that is not a picture, or a picture that cannot be decoded: retrying will not help. */
    static final class NotAnImageException extends Exception {
        private static final long serialVersionUID = 1L;

        NotAnImageException(String reason) {
            super(reason);
        }
    }

    private ImageDecoding() {
    }

    /** Decodes downscaled to fit a square of the given size, keeping the aspect ratio. */
    static Image thumbnail(byte[] bytes, double size, ResourceBundle words) throws NotAnImageException {
        return decode(bytes, size, words);
    }

    static Image fullSize(byte[] bytes, ResourceBundle words) throws NotAnImageException {
        return decode(bytes, 0, words);
    }

    private static Image decode(byte[] bytes, double size, ResourceBundle words) throws NotAnImageException {
        if (!looksLikeAnImage(bytes)) {
            throw new NotAnImageException(words.getString("image.notAnImage"));
        }
        Image image = PictureBytes.decode(bytes, size, size, true, true);
        if (image.isError() || image.getWidth() <= 0) {
            throw new NotAnImageException(words.getString("image.corrupt"));
        }
        return image;
    }

    /** JPEG, PNG, GIF or BMP by their first bytes: a JSON or text object never reaches the decoder. */
    static boolean looksLikeAnImage(byte[] bytes) {
        if (bytes.length < 4) {
            return false;
        }
        int b0 = bytes[0] & 0xff;
        int b1 = bytes[1] & 0xff;
        return (b0 == 0xff && b1 == 0xd8)
                || (b0 == 0x89 && b1 == 'P' && bytes[2] == 'N' && bytes[3] == 'G')
                || (b0 == 'G' && b1 == 'I' && bytes[2] == 'F')
                || (b0 == 'B' && b1 == 'M');
    }
}
