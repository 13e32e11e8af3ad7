package org.evidenceworkbench.detector;

/**
 * Where in an item a finding is. Any part may be null where it does not apply: a text match has
 * an offset (in characters of the extracted text) and length, and a line; a PDF match may have a
 * page; a picture finding has a region.
 */
public record Location(Long offset, Integer length, Integer line, Integer page, Region region) {

    public static final Location WHOLE_ITEM = new Location(null, null, null, null, null);

    public static Location inText(long offset, int length, int line) {
        return new Location(offset, length, line, null, null);
    }

    public static Location inPicture(Region region) {
        return new Location(null, null, null, null, region);
    }

    /** A rectangle in picture pixels, from the top-left corner of the upright (EXIF-oriented) picture. */
    public record Region(int x, int y, int width, int height) {
    }
}
