package org.evidenceworkbench.samples.fraud;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.evidenceworkbench.core.training.AnswerKey;
import org.evidenceworkbench.samples.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fraud case is the same bytes for the same seed, and its key names files that exist. */
class FraudScenarioTest {

    @TempDir
    Path tmp;

    @Test
    void sameSeedGivesByteIdenticalFilesAndAnotherSeedDoesNot() throws Exception {
        new FraudScenario().generate(tmp.resolve("a"), Size.SMALL, 7);
        new FraudScenario().generate(tmp.resolve("b"), Size.SMALL, 7);
        new FraudScenario().generate(tmp.resolve("c"), Size.SMALL, 8);

        Map<String, String> a = hashes(tmp.resolve("a"));
        assertThat(a).containsKeys("answer-key.json", "briefing.md", "evidence/mail/dana-whitlock.mbox",
                "evidence/finance/cards-march.xlsx", "evidence/documents/instructions.pdf",
                "evidence/documents/wallets.docx");
        assertThat(hashes(tmp.resolve("b"))).isEqualTo(a);
        Map<String, String> c = hashes(tmp.resolve("c"));
        assertThat(c.keySet()).isEqualTo(a.keySet());
        assertThat(c.get("evidence/documents/wallets.docx")).isNotEqualTo(a.get("evidence/documents/wallets.docx"));
        assertThat(Files.getLastModifiedTime(tmp.resolve("a/evidence/notes/todo.txt")).toInstant())
                .isEqualTo(FraudScenario.CREATED);
    }

    @Test
    void keyNamesExistingEvidenceWithPrioritiesAndTags() throws Exception {
        new FraudScenario().generate(tmp, Size.SMALL, 1);
        AnswerKey key = AnswerKey.read(tmp.resolve("answer-key.json"));
        assertThat(key.scenario()).isEqualTo("fraud");
        assertThat(key.items()).hasSizeGreaterThanOrEqualTo(6);
        for (AnswerKey.Item item : key.items()) {
            assertThat(tmp.resolve("evidence").resolve(item.path())).isRegularFile();
            assertThat(item.findings()).isNotEmpty();
            assertThat(item.tags()).contains("relevant");
        }
        assertThat(key.items()).filteredOn(i -> i.priority() == AnswerKey.Priority.HIGH).hasSizeGreaterThanOrEqualTo(4);
        assertThat(Files.readString(tmp.resolve("briefing.md"))).contains("## For the trainee")
                .contains("`finance/cards-march.xlsx`");
    }

    @Test
    void fullSizeAddsBackgroundMaterialButKeepsTheSameKeyItems() throws Exception {
        new FraudScenario().generate(tmp.resolve("small"), Size.SMALL, 3);
        new FraudScenario().generate(tmp.resolve("full"), Size.FULL, 3);
        AnswerKey small = AnswerKey.read(tmp.resolve("small/answer-key.json"));
        AnswerKey full = AnswerKey.read(tmp.resolve("full/answer-key.json"));
        assertThat(full.items()).isEqualTo(small.items());
        assertThat(hashes(tmp.resolve("full")).size()).isGreaterThan(hashes(tmp.resolve("small")).size() + 50);
    }

    private static Map<String, String> hashes(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(f).toString().replace('\\', '/'), sha256(Files.readAllBytes(f)));
            }
        }
        return out;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
