package org.evidenceworkbench.core.ingest;

import org.apache.tika.config.TikaConfig;
import org.evidenceworkbench.core.casefolder.Case;
import org.evidenceworkbench.core.casefolder.CaseLayout;
import org.evidenceworkbench.core.detect.DetectorHost;
import org.evidenceworkbench.core.extract.DocumentExtractor;
import org.evidenceworkbench.core.extract.MediaMetadataReader;
import org.evidenceworkbench.core.extract.ThumbnailMaker;
import org.evidenceworkbench.core.extract.TypeDetector;
import org.evidenceworkbench.core.phone.PhoneArtefactReader;
import org.evidenceworkbench.core.store.CaseDatabase;
import org.evidenceworkbench.core.video.KeyframeFiles;
import org.evidenceworkbench.core.video.VideoReader;

/** The thread-safe readers an ingest shares between its workers, built once per ingest. */
record Extractors(CaseLayout layout, CaseDatabase db, TypeDetector types, DocumentExtractor documents,
                  MediaMetadataReader media, ThumbnailMaker thumbnails, VideoReader videos, KeyframeFiles keyframeFiles, ArchiveReader archives,
                  DetectorHost detectors, PhoneArtefactReader phone) {

    /** Where documents found inside others are written out by the parser processes (emptied like the rest of tmp/). */
    static final String PARSERS_DIR = "parsers";

    static Extractors forCase(Case c, IngestOptions options, DetectorHost detectors) {
        TikaConfig tika = TikaConfig.getDefaultConfig();
        ThumbnailMaker thumbnails = new ThumbnailMaker(c.layout().thumbsDir(), options.thumbnailSize(),
                options.maxPicturePixels());
        return new Extractors(c.layout(), c.database(), new TypeDetector(tika),
                new DocumentExtractor(tika, options.parsing(), c.layout().tmpDir().resolve(PARSERS_DIR),
                        options.textLimitChars()),
                new MediaMetadataReader(), thumbnails,
                new VideoReader(options.video(), thumbnails, options.thumbnailSize(), options.maxPicturePixels()),
                new KeyframeFiles(c.layout()),
                new ArchiveReader(), detectors, new PhoneArtefactReader(c.layout().tmpDir()));
    }
}
