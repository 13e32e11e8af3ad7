package org.evidenceworkbench.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.evidenceworkbench.core.CaseTestSupport;
import org.evidenceworkbench.core.casefolder.Case;
import org.evidenceworkbench.core.item.CaseQueries;
import org.evidenceworkbench.core.item.ItemSummary;
import org.evidenceworkbench.core.search.CaseSearch;
import org.evidenceworkbench.testing.EvidenceFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Word document's words are searchable wherever Word keeps them (the body, a table, the header
 * and footer, a reviewer's comment, a footnote), and a picture in it becomes an item of its own:
 * what the investigator relies on, whichever of Tika's Word extractors reads the file.
 */
class WordDocumentPartsTest {

    private static final List<String> WORDS = List.of("kestrelbody", "kestreltable", "kestrelheader",
            "kestrelfooter", "kestrelcomment", "kestrelfootnote");

    @TempDir
    Path tmp;

    @Test
    void everyPartOfAWordDocumentIsReadAndItsPictureIsAnItem() throws Exception {
        Path evidence = Files.createDirectories(tmp.resolve("evidence"));
        EvidenceFactory.docxWithParts(evidence, "review.docx", WORDS, redSquare());

        try (Case c = CaseTestSupport.newCase(tmp.resolve("case"))) {
            new IngestService(c, CaseTestSupport.options()).ingest(List.of(evidence));
            CaseQueries q = new CaseQueries(c);

            assertThat(q.text(q.show("review.docx").item().id())).contains(WORDS);
            for (String word : WORDS) {
                assertThat(CaseSearch.matchingIds(c, word).cardinality()).as(word).isEqualTo(1);
            }
            List<ItemSummary> inside = CaseTestSupport.items(c).stream()
                    .filter(i -> i.path().startsWith("review.docx!/")).toList();
            assertThat(inside).singleElement().satisfies(picture -> {
                assertThat(picture.mimeType()).isEqualTo("image/png");
                assertThat(picture.category()).isEqualTo("picture");
                assertThat(picture.outcome()).isEqualTo("ok");
            });
        }
    }

    private static byte[] redSquare() throws Exception {
        BufferedImage image = new BufferedImage(40, 40, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, 40, 40);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return png.toByteArray();
    }
}
