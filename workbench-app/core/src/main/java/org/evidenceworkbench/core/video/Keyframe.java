package org.evidenceworkbench.core.video;

import java.util.Locale;

/**
 * One picture taken from a video at a scene change, as a JPEG at the video's full frame size.
 *
 * @param index      1 for the video's first frame, counting up in time
 * @param timeMicros where in the video the frame is shown, from the start
 * @param jpeg       the encoded picture
 */
public record Keyframe(int index, long timeMicros, byte[] jpeg) {

    /** The time in seconds, to the millisecond, as recorded in the item's metadata. */
    public double seconds() {
        return Math.round(timeMicros / 1000.0) / 1000.0;
    }

    /** The derived item's name, e.g. {@code keyframe-0003@00m12.480s.jpg}: sorts in time order, says where. */
    public String fileName() {
        long millis = Math.round(timeMicros / 1000.0);
        long hours = millis / 3_600_000;
        long minutes = millis / 60_000 % 60;
        double seconds = millis % 60_000 / 1000.0;
        String time = hours > 0
                ? String.format(Locale.ROOT, "%dh%02dm%06.3fs", hours, minutes, seconds)
                : String.format(Locale.ROOT, "%02dm%06.3fs", minutes, seconds);
        return String.format(Locale.ROOT, "keyframe-%04d@%s.jpg", index, time);
    }
}
