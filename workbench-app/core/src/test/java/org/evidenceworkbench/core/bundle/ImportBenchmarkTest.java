package org.evidenceworkbench.core.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.evidenceworkbench.core.CaseTestSupport;
import org.evidenceworkbench.core.casefolder.Case;
import org.evidenceworkbench.core.links.CrossCaseLinks;
import org.evidenceworkbench.testing.BundleFixtures;
import org.evidenceworkbench.testing.BundleFixtures.Finding;
import org.evidenceworkbench.testing.BundleFixtures.Item;
import org.evidenceworkbench.testing.EvidenceFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Importing two bundles of {@code bench.items} small files each (default 20,000) into a hub, one
 * a folder and one a zip, then listing the links between them: one file in four is in both
 * bundles and one in ten carries a phone number found in both. Prints the times; run with
 * {@code -Pbench}.
 */
@Tag("benchmark")
class ImportBenchmarkTest {

    private static final int ITEMS = Integer.getInteger("bench.items", 20_000);

    @TempDir
    Path tmp;

    @Test
    void importsTwoLargeBundlesAndListsTheirLinks() throws IOException {
        BundleFixtures.Bundle a = bundle("Kent Police", "a");
        BundleFixtures.Bundle b = bundle("Essex Police", "b");
        Path folder = a.writeFolder(Files.createDirectories(tmp.resolve("in")));
        Path zip = b.writeZip(tmp);
        try (Case c = CaseTestSupport.newCase(tmp.resolve("hub"))) {
            BundleImporter importer = new BundleImporter(c, new BagChecker());
            long t0 = System.nanoTime();
            BundleImporter.Result first = importer.importBundle(folder, BundleImporter.Options.CHECKED);
            long t1 = System.nanoTime();
            BundleImporter.Result second = importer.importBundle(zip, BundleImporter.Options.CHECKED);
            long t2 = System.nanoTime();
            BundleImporter.Result again = importer.importBundle(zip, BundleImporter.Options.CHECKED);
            long t3 = System.nanoTime();
            long[] links = {0, 0};
            new CrossCaseLinks(c).forEach(l -> {
                links[0]++;
                links[1] += l.items().size();
            });
            long t4 = System.nanoTime();

            assertThat(first.items()).isEqualTo(ITEMS);
            assertThat(second.items()).isEqualTo(ITEMS);
            assertThat(again.status()).isEqualTo(BundleImporter.Status.ALREADY_IMPORTED);
            assertThat(links[0]).isEqualTo(ITEMS / 4 + 1);
            report("import " + ITEMS + " items from a folder (check + copy + rows + index)", t1 - t0, ITEMS);
            report("import " + ITEMS + " items from a zip (check + copy + rows + index)", t2 - t1, ITEMS);
            report("import the zip again (check + recognise)", t3 - t2, ITEMS);
            report("links: " + links[0] + " links holding " + links[1] + " items", t4 - t3, (int) links[1]);
        }
    }

    private static BundleFixtures.Bundle bundle(String organization, String side) {
        BundleFixtures.Bundle bundle = BundleFixtures.bundle(organization, "DC Bench", "BENCH-" + side);
        for (int i = 0; i < ITEMS; i++) {
            // one file in four has the same content in both bundles; the rest differ
            String content = i % 4 == 0 ? "shared document " + i : "document " + i + " of bundle " + side;
            boolean phone = i % 10 == 0;
            if (phone) {
                content += "\ncall +44 20 7946 0018";
            }
            String id = Integer.toString(i);
            bundle.item(Item.file(id, "exhibit-" + side, "docs/" + i % 100 + "/file-" + i + ".txt",
                    EvidenceFactory.utf8(content)));
            if (phone) {
                bundle.finding(Finding.identifier(id, "phone", "+442079460018"));
            }
        }
        return bundle;
    }

    private static void report(String what, long nanos, int items) {
        double ms = nanos / 1e6;
        System.out.printf("BENCH %s: %.0f ms (%.0f items/s)%n", what, ms, items / (ms / 1000));
    }
}
