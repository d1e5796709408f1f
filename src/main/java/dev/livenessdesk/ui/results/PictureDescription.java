package dev.livenessdesk.ui.results;

/**
 * What a screen reader says of the Result tab's big picture: which image of which session it is, and where the
 * face box lies in it (in percent of the picture, as Rekognition gives it) when the box is shown.
 */
final class PictureDescription {

    private PictureDescription() {
    }

    static String of(ResultPicture picture, String sessionId, boolean boxShown) {
        if (picture == null || picture.image().isEmpty()) {
            return ResultsText.get("picture.none.accessible");
        }
        String which = ResultsText.get("picture.accessible", picture.label(),
                sessionId == null || sessionId.isBlank() ? "-" : sessionId);
        if (!boxShown) {
            return which;
        }
        return picture.faceBox().map(box -> which + ResultsText.get("picture.faceBox.accessible",
                        percent(box.left()), percent(box.top()), percent(box.width()), percent(box.height())))
                .orElse(which + ResultsText.get("picture.noFaceBox.accessible"));
    }

    private static long percent(double ratio) {
        return Math.round(Math.max(0, Math.min(1, ratio)) * 100);
    }
}
