package org.evidenceworkbench.core.extract;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Map;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.lang.GeoLocation;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.Tag;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.exif.GpsDirectory;
import com.drew.metadata.mp4.Mp4Directory;
import com.drew.metadata.mov.QuickTimeDirectory;
import com.drew.metadata.xmp.XmpDirectory;
import org.evidenceworkbench.core.item.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Picture, video and audio metadata with metadata-extractor: EXIF (with GPS and maker notes),
 * XMP (each property by its path, e.g. {@code XMP:xmp:CreatorTool}), IPTC, ICC, MP4/QuickTime and more.
 * Raw tag values are kept per directory; the capture time,
 * camera and position are also normalised.
 */
public final class MediaMetadataReader {

    private static final Logger log = LoggerFactory.getLogger(MediaMetadataReader.class);
    private static final int MAX_XMP_PROPERTIES = 500;
    private static final int MAX_XMP_VALUE = 2000;
    private static final DateTimeFormatter EXIF_TIME = DateTimeFormatter.ofPattern("yyyy:MM:dd HH:mm:ss");

    public void read(Path file, String name, ExtractedFacts facts) {
        Metadata metadata;
        try {
            metadata = ImageMetadataReader.readMetadata(file.toFile());
        } catch (ImageProcessingException e) {
            // not a format metadata-extractor knows: nothing to add, not a fault of the file
            log.debug("No media metadata for {}: {}", name, e.getMessage());
            return;
        } catch (IOException | RuntimeException e) {
            facts.fail(Outcome.CORRUPT, "the media metadata could not be read (" + DocumentExtractor.rootMessage(e)
                    + "); the file may be damaged or truncated");
            log.info("Media metadata failed for {}", name, e);
            return;
        }
        for (Directory directory : metadata.getDirectories()) {
            for (Tag tag : directory.getTags()) {
                facts.put(directory.getName(), tag.getTagName(), directory.getString(tag.getTagType()));
            }
            for (String error : directory.getErrors()) {
                facts.put(directory.getName(), "_error", error);
            }
            if (directory instanceof XmpDirectory xmp) {
                putXmpProperties(xmp, facts);
            }
        }
        normalise(metadata, facts);
    }

    /**
     * XMP's properties by path (xmp:CreatorTool, xmpMM:History[1]/stEvt:softwareAgent, ...): the
     * directory's tags give only a count. Bounded, as a hostile file can carry thousands.
     */
    private static void putXmpProperties(XmpDirectory xmp, ExtractedFacts facts) {
        int kept = 0;
        for (Map.Entry<String, String> property : xmp.getXmpProperties().entrySet()) {
            if (kept++ == MAX_XMP_PROPERTIES) {
                facts.put(xmp.getName(), "_truncated", "only the first " + MAX_XMP_PROPERTIES + " XMP properties kept");
                break;
            }
            String value = property.getValue();
            if (value != null && value.length() > MAX_XMP_VALUE) {
                value = value.substring(0, MAX_XMP_VALUE) + "…";
            }
            facts.put(xmp.getName(), property.getKey(), value);
        }
    }

    private static void normalise(Metadata metadata, ExtractedFacts facts) {
        ExifIFD0Directory ifd0 = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
        if (ifd0 != null) {
            facts.cameraMake = clean(ifd0.getString(ExifIFD0Directory.TAG_MAKE));
            facts.cameraModel = clean(ifd0.getString(ExifIFD0Directory.TAG_MODEL));
            Integer orientation = ifd0.getInteger(ExifIFD0Directory.TAG_ORIENTATION);
            if (orientation != null && orientation >= 1 && orientation <= 8) {
                facts.orientation = orientation;
            }
        }
        ExifSubIFDDirectory sub = metadata.getFirstDirectoryOfType(ExifSubIFDDirectory.class);
        if (sub != null) {
            facts.takenAt = exifTime(sub.getString(ExifSubIFDDirectory.TAG_DATETIME_ORIGINAL),
                    sub.getString(ExifSubIFDDirectory.TAG_TIME_ZONE_ORIGINAL));
        }
        if (facts.takenAt == null && ifd0 != null) {
            facts.takenAt = exifTime(ifd0.getString(ExifIFD0Directory.TAG_DATETIME), null);
        }
        if (facts.takenAt == null) {
            facts.takenAt = videoTime(metadata);
        }
        GpsDirectory gps = metadata.getFirstDirectoryOfType(GpsDirectory.class);
        if (gps != null) {
            GeoLocation location = gps.getGeoLocation();
            if (location != null && !location.isZero()) {
                facts.gpsLatitude = location.getLatitude();
                facts.gpsLongitude = location.getLongitude();
            }
        }
    }

    /** EXIF times are the camera's local clock; the offset is known only where the camera wrote one. */
    private static String exifTime(String value, String offset) {
        if (value == null) {
            return null;
        }
        try {
            LocalDateTime local = LocalDateTime.parse(value.strip(), EXIF_TIME);
            if (offset != null) {
                try {
                    return OffsetDateTime.of(local, ZoneOffset.of(offset.strip()))
                            .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
                } catch (RuntimeException ignored) {
                    // an unreadable offset: keep the local time
                }
            }
            // always with seconds, so every stored capture time has one shape
            return local.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** MP4 and QuickTime creation times are UTC by the specification. */
    private static String videoTime(Metadata metadata) {
        Date date = null;
        Mp4Directory mp4 = metadata.getFirstDirectoryOfType(Mp4Directory.class);
        if (mp4 != null) {
            date = mp4.getDate(Mp4Directory.TAG_CREATION_TIME);
        }
        QuickTimeDirectory mov = metadata.getFirstDirectoryOfType(QuickTimeDirectory.class);
        if (date == null && mov != null) {
            date = mov.getDate(QuickTimeDirectory.TAG_CREATION_TIME);
        }
        if (date == null || date.getTime() <= 0) {
            return null;
        }
        return Instant.ofEpochMilli(date.getTime()).toString();
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
