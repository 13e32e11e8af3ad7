package org.evidenceworkbench.core.phone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import javax.xml.stream.XMLStreamException;

import org.evidenceworkbench.core.extract.ExtractedFacts;
import org.evidenceworkbench.core.phone.ufdr.UfdrReport;
import org.evidenceworkbench.testing.PhoneExtraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damaged and hostile input, made by flipping bytes of real databases and reports with
 * reproducible seeds: reading may yield fewer artefacts and warnings, but never throws, and
 * never leaves a working copy behind.
 */
class HostilePhoneInputTest {

    @TempDir
    Path tmp;

    @Test
    void flippedBytesInPhoneDatabasesAreWarningsNeverExceptions() throws Exception {
        Path extraction = PhoneExtraction.build(tmp.resolve("extraction"));
        Path work = Files.createDirectories(tmp.resolve("work"));
        PhoneArtefactReader reader = new PhoneArtefactReader(work);
        int warned = 0;
        for (String path : List.of(PhoneExtraction.SMS_DB, PhoneExtraction.WHATSAPP_DB, PhoneExtraction.IOS_SMS_DB,
                PhoneExtraction.CHROME_DB, PhoneExtraction.CONTACTS_DB)) {
            byte[] original = Files.readAllBytes(extraction.resolve(path));
            for (long seed = 1; seed <= 8; seed++) {
                Random random = new Random(seed * 31 + path.length());
                byte[] damaged = original.clone();
                for (int i = 0; i < 1 + random.nextInt(64); i++) {
                    damaged[100 + random.nextInt(damaged.length - 100)] = (byte) random.nextInt(256);
                }
                Path file = Files.createDirectories(tmp.resolve("damaged/" + seed)).resolve(path.replace('/', '_'));
                Files.write(file, damaged);
                ExtractedFacts facts = new ExtractedFacts();
                List<Artefact> read = new ArrayList<>();
                assertThatCode(() -> reader.read(file, path, file.getFileName().toString(), null, facts, sink(read)))
                        .as("%s, seed %d", path, seed).doesNotThrowAnyException();
                if (facts.metadata.getOrDefault(PhoneArtefactReader.GROUP, Map.of()).containsKey("Warnings")) {
                    warned++;
                }
            }
        }
        assertThat(warned).as("some damage is noticed").isPositive();
        try (var left = Files.list(work)) {
            assertThat(left).as("working copies are deleted").isEmpty();
        }
    }

    @Test
    void garbledReportsNeverThrowAnythingButAnXmlError() {
        String report = "<?xml version=\"1.0\"?><project xmlns=\"http://pa.cellebrite.com/report/2.0\"><decodedData>"
                + "<modelType type=\"SMS\"><model type=\"SMS\" id=\"1\"><field name=\"Body\"><value>hi</value></field>"
                + "<multiModelField name=\"Parties\"><model type=\"Party\" id=\"2\"><field name=\"Identifier\">"
                + "<value>+442079460123</value></field></model></multiModelField></model></modelType>"
                + "<modelType type=\"Location\"><model type=\"Location\" id=\"3\"><modelField name=\"Position\">"
                + "<model type=\"Coordinate\" id=\"4\"><field name=\"Latitude\"><value>51.1</value></field>"
                + "</model></modelField></model></modelType></decodedData></project>";
        byte[] bytes = report.getBytes(StandardCharsets.UTF_8);
        for (long seed = 1; seed <= 200; seed++) {
            Random random = new Random(seed);
            byte[] garbled = bytes.clone();
            for (int i = 0; i < 1 + random.nextInt(8); i++) {
                garbled[random.nextInt(garbled.length)] = (byte) (32 + random.nextInt(95));
            }
            List<Artefact> read = new ArrayList<>();
            assertThatCode(() -> {
                try {
                    UfdrReport.read(new ByteArrayInputStream(garbled), sink(read));
                } catch (XMLStreamException expected) {
                    // malformed XML is reported by the reader as a warning; what matters is nothing else escapes
                }
            }).as("seed %d", seed).doesNotThrowAnyException();
        }
    }

    private static ArtefactSink sink(List<Artefact> into) {
        return new ArtefactSink() {
            @Override
            public void artefact(Artefact artefact) {
                into.add(artefact);
                assertThat(artefact.text()).isNotNull();
            }

            @Override
            public void warning(String sentence) {
                assertThat(sentence).isNotBlank();
            }
        };
    }
}
