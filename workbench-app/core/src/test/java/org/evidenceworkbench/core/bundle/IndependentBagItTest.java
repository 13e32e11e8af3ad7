package org.evidenceworkbench.core.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import gov.loc.repository.bagit.domain.Bag;
import gov.loc.repository.bagit.exceptions.CorruptChecksumException;
import gov.loc.repository.bagit.reader.BagReader;
import gov.loc.repository.bagit.verify.BagVerifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An exported bag is valid for an independent BagIt implementation (the Library of Congress's), and a changed one is not. */
class IndependentBagItTest {

    @TempDir
    Path tmp;

    @BeforeEach
    void config() {
        System.setProperty(WorkstationConfig.PROPERTY, tmp.resolve("config").toString());
    }

    @AfterEach
    void forgetConfig() {
        System.clearProperty(WorkstationConfig.PROPERTY);
    }

    @Test
    void theLibraryOfCongressBagItVerifierAcceptsAnExportAndCatchesAChange() throws Exception {
        BundleFixture fixture = new BundleFixture(tmp);
        Path bagFolder = fixture.export(tmp.resolve("out"), Selection.all(), ExportProfile.FULL, false).bundle();

        Bag bag = new BagReader().read(bagFolder);
        assertThat(bag.getVersion().toString()).isEqualTo("1.0");
        assertThat(bag.getPayLoadManifests()).hasSize(2);
        try (BagVerifier verifier = new BagVerifier()) {
            verifier.isValid(bag, false);
        }

        Path csv = bagFolder.resolve("data/metadata/items.csv");
        Files.writeString(csv, Files.readString(csv).replace("Canon", "Nikon"));
        Bag changed = new BagReader().read(bagFolder);
        try (BagVerifier verifier = new BagVerifier()) {
            assertThatThrownBy(() -> verifier.isValid(changed, false)).isInstanceOf(CorruptChecksumException.class)
                    .hasMessageContaining("items.csv");
        }
    }
}
