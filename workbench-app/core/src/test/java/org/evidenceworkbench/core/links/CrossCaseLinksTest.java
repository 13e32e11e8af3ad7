package org.evidenceworkbench.core.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.imageio.ImageIO;

import org.evidenceworkbench.core.CaseTestSupport;
import org.evidenceworkbench.core.bundle.BagChecker;
import org.evidenceworkbench.core.bundle.BundleImporter;
import org.evidenceworkbench.core.casefolder.Case;
import org.evidenceworkbench.core.detect.DetectorCatalog;
import org.evidenceworkbench.core.ingest.IngestService;
import org.evidenceworkbench.core.links.CrossCaseLinks.Kind;
import org.evidenceworkbench.core.links.CrossCaseLinks.Link;
import org.evidenceworkbench.core.links.CrossCaseLinks.LinkedItem;
import org.evidenceworkbench.detectors.media.PdqHash;
import org.evidenceworkbench.detectors.media.PdqHasher;
import org.evidenceworkbench.testing.BundleFixtures;
import org.evidenceworkbench.testing.BundleFixtures.Finding;
import org.evidenceworkbench.testing.BundleFixtures.Item;
import org.evidenceworkbench.testing.Digests;
import org.evidenceworkbench.testing.EvidenceFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Links across the sources of a case: a hub built from two bundles that share a file, a phone
 * number in different files, a payment card and a picture sent at two sizes; and an ordinary case
 * with two ingested folders. What is shared within one source only is no link.
 */
class CrossCaseLinksTest {

    private static final String PHONE = "+447700900123";
    private static final String CARD = "4111111111111111";

    @TempDir
    Path tmp;

    @Test
    void twoBundlesAreLinkedByAFileAnIdentifierAndANearDuplicatePicture() throws IOException {
        byte[] shared = EvidenceFactory.utf8("Shipment list: 40 boxes, pier 4, Thursday.\n");
        byte[] internal = EvidenceFactory.utf8("A note that only the Kent phone holds, twice.\n");
        BufferedImage scene = EvidenceFactory.scene(7, 640, 480, 0);
        byte[] photo = EvidenceFactory.jpegBytes(scene, 0.9f);
        byte[] smaller = EvidenceFactory.jpegBytes(resized(scene, 320, 240), 0.7f);
        byte[] unrelated = EvidenceFactory.jpegBytes(EvidenceFactory.scene(99, 640, 480, 0), 0.9f);

        BundleFixtures.Bundle kent = BundleFixtures.bundle("Kent Police", "DC Ada Lovelace", "KP-1")
                .item(Item.file("1", "phone.zip", "Documents/list.txt", shared))
                .item(Item.file("2", "phone.zip", "Chats/whatsapp.txt", EvidenceFactory.utf8("call " + PHONE)))
                .item(Item.file("3", "phone.zip", "Notes/a.txt", internal))
                .item(Item.file("4", "phone.zip", "Notes/b.txt", internal))
                .item(Item.picture("5", "phone.zip", "DCIM/IMG_0001.jpg", photo))
                .item(Item.file("6", "phone.zip", "Notes/only-kent.txt", EvidenceFactory.utf8("+447700900999")))
                .finding(Finding.identifier("2", "phone", PHONE))
                .finding(Finding.identifier("6", "phone", "+447700900999"))
                .finding(Finding.identifier("1", "card", CARD))
                .finding(pdq("5", photo));
        BundleFixtures.Bundle essex = BundleFixtures.bundle("Essex Police", "DC Alan Turing", "EP-9")
                .item(Item.file("101", "laptop.E01", "Users/bob/Desktop/manifest copy.txt", shared))
                .item(Item.file("102", "laptop.E01", "Users/bob/contacts.vcf", EvidenceFactory.utf8("TEL:" + PHONE)))
                .item(Item.picture("103", "uploads.zip/S-0003", "thumb.jpg", smaller))
                .item(Item.picture("104", "uploads.zip/S-0003", "other.jpg", unrelated))
                .finding(Finding.identifier("102", "phone", PHONE))
                .finding(Finding.identifier("102", "card", CARD))
                .finding(pdq("103", smaller))
                .finding(pdq("104", unrelated));

        try (Case c = CaseTestSupport.newCase(tmp.resolve("hub"))) {
            BundleImporter importer = new BundleImporter(c, new BagChecker());
            importer.importBundle(kent.writeFolder(Files.createDirectories(tmp.resolve("in"))),
                    BundleImporter.Options.CHECKED);
            importer.importBundle(essex.writeZip(tmp), BundleImporter.Options.CHECKED);

            Map<String, Link> links = byKey(new CrossCaseLinks(c).all());

            assertThat(links).containsOnlyKeys("file " + Digests.sha256(shared), "identifier phone:" + PHONE,
                    "identifier card:411111••••••1111", "near-duplicate group " + groupOf(links));
            Link file = links.get("file " + Digests.sha256(shared));
            assertThat(file.sources()).isEqualTo(2);
            assertThat(file.items()).extracting(LinkedItem::organization, LinkedItem::exhibit, LinkedItem::originalPath)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("Kent Police", "phone.zip", "Documents/list.txt"),
                            org.assertj.core.groups.Tuple.tuple("Essex Police", "laptop.E01",
                                    "Users/bob/Desktop/manifest copy.txt"));
            assertThat(file.items()).extracting(LinkedItem::bundleId).containsExactly(kent.id(), essex.id());
            assertThat(file.items()).extracting(LinkedItem::sourceKind).containsOnly("bundle");

            assertThat(links.get("identifier phone:" + PHONE).items()).extracting(LinkedItem::originalPath)
                    .containsExactly("Chats/whatsapp.txt", "Users/bob/contacts.vcf");
            // the card number is never printed whole
            assertThat(links.get("identifier card:411111••••••1111").items()).hasSize(2);

            Link pictures = links.get("near-duplicate group " + groupOf(links));
            assertThat(pictures.items()).extracting(LinkedItem::originalPath).containsExactly("DCIM/IMG_0001.jpg", "thumb.jpg");
            assertThat(pictures.items()).extracting(LinkedItem::exhibit).containsExactly("phone.zip", "uploads.zip/S-0003");
            assertThat(pictures.items()).allSatisfy(i -> assertThat(i.distance()).isBetween(0, 31));
        }
    }

    @Test
    void anOrdinaryCaseLinksItsIngestedSources() throws IOException {
        byte[] shared = EvidenceFactory.utf8("Same file on both seized devices.\n");
        BufferedImage scene = EvidenceFactory.scene(21, 640, 480, 0);
        Path phone = Files.createDirectories(tmp.resolve("phone"));
        Path laptop = Files.createDirectories(tmp.resolve("laptop"));
        EvidenceFactory.file(phone, "list.txt", shared);
        EvidenceFactory.file(phone, "again.txt", EvidenceFactory.utf8("only on the phone, twice\n"));
        EvidenceFactory.file(phone, "again-copy.txt", EvidenceFactory.utf8("only on the phone, twice\n"));
        EvidenceFactory.file(phone, "IMG_0001.jpg", EvidenceFactory.jpegBytes(scene, 0.9f));
        EvidenceFactory.file(laptop, "backup-of-list.txt", shared);
        EvidenceFactory.file(laptop, "small.jpg", EvidenceFactory.jpegBytes(resized(scene, 400, 300), 0.75f));
        DetectorCatalog catalog = DetectorCatalog.load(Files.createDirectories(tmp.resolve("no-plugins")));

        try (Case c = CaseTestSupport.newCase(tmp.resolve("case"))) {
            new IngestService(c, CaseTestSupport.options()).withDetectors(catalog, Duration.ofSeconds(60))
                    .ingest(List.of(phone, laptop));

            List<Link> links = new CrossCaseLinks(c).all();

            assertThat(links).extracting(Link::kind).containsExactly(Kind.FILE, Kind.NEAR_DUPLICATE);
            assertThat(links.get(0).key()).isEqualTo(Digests.sha256(shared));
            assertThat(links.get(0).items()).extracting(LinkedItem::path).containsExactly("list.txt", "backup-of-list.txt");
            assertThat(links.get(0).items()).extracting(LinkedItem::source)
                    .containsExactly(phone.toAbsolutePath().normalize().toString(),
                            laptop.toAbsolutePath().normalize().toString());
            assertThat(links.get(0).items()).extracting(LinkedItem::bundleId).containsOnlyNulls();
            assertThat(links.get(1).items()).extracting(LinkedItem::path).containsExactlyInAnyOrder("IMG_0001.jpg", "small.jpg");
            assertThat(links.get(1).sources()).isEqualTo(2);
        }
    }

    private static Map<String, Link> byKey(List<Link> links) {
        Map<String, Link> out = new LinkedHashMap<>();
        links.forEach(l -> out.put(l.kind().label() + " " + l.key(), l));
        return out;
    }

    private static String groupOf(Map<String, Link> links) {
        return links.values().stream().filter(l -> l.kind() == Kind.NEAR_DUPLICATE).map(l -> l.key().substring(6))
                .findFirst().orElse("(none)");
    }

    /** A PDQ finding as the media detector records it, hashed here from the decoded picture. */
    private static Finding pdq(String itemId, byte[] jpeg) throws IOException {
        List<PdqHash> dihedral = new PdqHasher().hashDihedral(ImageIO.read(new ByteArrayInputStream(jpeg)));
        Map<String, String> attributes = new LinkedHashMap<>();
        for (PdqHasher.Dihedral d : PdqHasher.Dihedral.values()) {
            attributes.put(d.name().toLowerCase(Locale.ROOT), dihedral.get(d.ordinal()).toHex());
        }
        attributes.put("quality", Integer.toString(dihedral.get(0).quality()));
        String hex = dihedral.get(0).toHex();
        return new Finding(itemId, "media.pdq", "pdq", "PDQ " + hex.substring(0, 16), "pdq", hex, "unreviewed",
                null, null, null, attributes);
    }

    private static BufferedImage resized(BufferedImage image, int width, int height) {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, width, height, null);
        g.dispose();
        return out;
    }
}
