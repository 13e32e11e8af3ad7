package org.evidenceworkbench.core.video;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.evidenceworkbench.core.casefolder.CaseLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The case's keyframes: moved in from the spool under their SHA-256, each picture kept once, found again by it. */
class KeyframeFilesTest {

    @TempDir
    Path caseDir;

    @Test
    void aKeyframeIsMovedInUnderItsSha256AndFoundByIt() throws IOException {
        KeyframeFiles files = new KeyframeFiles(new CaseLayout(caseDir));
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, 1, 2, 3, (byte) 0xFF, (byte) 0xD9};
        Path spooled = Files.write(Files.createDirectories(caseDir.resolve("tmp")).resolve("item1.bin"), jpeg);
        String sha = sha256(jpeg);

        Path kept = files.keep(spooled, sha);

        assertThat(kept).isEqualTo(caseDir.resolve("keyframes").resolve(sha.substring(0, 2)).resolve(sha + ".jpg"));
        assertThat(kept).hasBinaryContent(jpeg);
        assertThat(spooled).doesNotExist();
        assertThat(files.find(sha)).contains(kept);
    }

    @Test
    void theSamePictureKeptTwiceIsKeptOnce() throws IOException {
        KeyframeFiles files = new KeyframeFiles(new CaseLayout(caseDir));
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, 9, (byte) 0xFF, (byte) 0xD9};
        Path tmp = Files.createDirectories(caseDir.resolve("tmp"));
        String sha = sha256(jpeg);
        Path first = files.keep(Files.write(tmp.resolve("a.bin"), jpeg), sha);
        Path secondCopy = Files.write(tmp.resolve("b.bin"), jpeg);

        assertThat(files.keep(secondCopy, sha)).isEqualTo(first);
        assertThat(secondCopy).doesNotExist();
        try (var kept = Files.walk(caseDir.resolve("keyframes"))) {
            assertThat(kept.filter(Files::isRegularFile)).containsExactly(first);
        }
    }

    @Test
    void onlyASha256OfAKeptKeyframeFindsOne() throws IOException {
        KeyframeFiles files = new KeyframeFiles(new CaseLayout(caseDir));

        assertThat(files.find("ab".repeat(32))).isEmpty();
        assertThat(files.find(null)).isEmpty();
        assertThat(files.find("../../case.json")).isEmpty();
        Path spooled = Files.write(caseDir.resolve("x.bin"), new byte[] {1});
        assertThatThrownBy(() -> files.keep(spooled, "../escape")).isInstanceOf(IllegalArgumentException.class);
        assertThat(spooled).exists();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
