package org.evidenceworkbench.core.ingest;

import org.evidenceworkbench.core.extract.isolation.ParserLimits;
import org.evidenceworkbench.core.video.VideoLimits;

/**
 * The settings of an ingest. The defaults suit a workstation with the default 1 GB heap; see
 * docs/cli.md for what each one guards against.
 *
 * @param threads             worker threads that read and extract items
 * @param maxContainerDepth   how deep archives and attachments are opened (a file in a zip in a
 *                            zip is at depth 2); no item lies deeper than this, so a container
 *                            at this depth is hashed, not opened
 * @param expansionRatio      how many times its own size a top-level item may expand to, across
 *                            all its nested containers, before expansion stops (zip bombs)
 * @param expansionFloorBytes the expansion always allowed, however small the item
 * @param textLimitChars      extracted text kept per item; the rest is dropped and flagged
 * @param thumbnailSize       longest edge of a thumbnail, in pixels
 * @param maxPicturePixels    pictures declaring more pixels than this are not decoded
 * @param video               how much decoding and how many keyframes one video may cost
 * @param parsing             the time and memory one document parse may take (in its own process)
 * @param analysisPass        true to run the heavy detectors (faces) in a pass after every item is
 *                            searchable; false to run them with each item, as it is ingested
 */
public record IngestOptions(int threads, int maxContainerDepth, long expansionRatio, long expansionFloorBytes,
                            int textLimitChars, int thumbnailSize, long maxPicturePixels, VideoLimits video,
                            ParserLimits parsing, boolean analysisPass) {

    public static final int DEFAULT_MAX_DEPTH = 10;
    /** 100 megapixels: more than any camera; a picture declaring more is a likely decompression bomb. */
    public static final long DEFAULT_MAX_PICTURE_PIXELS = 100_000_000L;

    public IngestOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        if (maxContainerDepth < 0) {
            throw new IllegalArgumentException("the container depth cannot be negative");
        }
    }

    public static IngestOptions defaults() {
        return new IngestOptions(Math.max(1, Runtime.getRuntime().availableProcessors()), DEFAULT_MAX_DEPTH,
                100, 4L << 30, 1_000_000, 256, DEFAULT_MAX_PICTURE_PIXELS, VideoLimits.defaults(),
                ParserLimits.defaults(), true);
    }

    public IngestOptions withThreads(int n) {
        return new IngestOptions(n, maxContainerDepth, expansionRatio, expansionFloorBytes, textLimitChars,
                thumbnailSize, maxPicturePixels, video, parsing, analysisPass);
    }

    public IngestOptions withMaxContainerDepth(int depth) {
        return new IngestOptions(threads, depth, expansionRatio, expansionFloorBytes, textLimitChars,
                thumbnailSize, maxPicturePixels, video, parsing, analysisPass);
    }

    public IngestOptions withExpansionLimit(long ratio, long floorBytes) {
        return new IngestOptions(threads, maxContainerDepth, ratio, floorBytes, textLimitChars,
                thumbnailSize, maxPicturePixels, video, parsing, analysisPass);
    }

    public IngestOptions withTextLimit(int chars) {
        return new IngestOptions(threads, maxContainerDepth, expansionRatio, expansionFloorBytes, chars,
                thumbnailSize, maxPicturePixels, video, parsing, analysisPass);
    }

    public IngestOptions withParserLimits(ParserLimits limits) {
        return new IngestOptions(threads, maxContainerDepth, expansionRatio, expansionFloorBytes, textLimitChars,
                thumbnailSize, maxPicturePixels, video, limits, analysisPass);
    }

    public IngestOptions withVideoLimits(VideoLimits limits) {
        return new IngestOptions(threads, maxContainerDepth, expansionRatio, expansionFloorBytes, textLimitChars,
                thumbnailSize, maxPicturePixels, limits, parsing, analysisPass);
    }

    public IngestOptions withAnalysisPass(boolean separate) {
        return new IngestOptions(threads, maxContainerDepth, expansionRatio, expansionFloorBytes, textLimitChars,
                thumbnailSize, maxPicturePixels, video, parsing, separate);
    }
}
