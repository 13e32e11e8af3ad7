package org.evidenceworkbench.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The thumbnail maker's decode reaches the detectors, which run on their own call threads, once,
 * and only for the very same file at the same scale.
 */
class LastPictureDecodeTest {

    @TempDir
    Path tmp;

    @Test
    void aDecodeMadeOnOneThreadIsTakenOnceOnAnother() throws Exception {
        Path photo = Files.write(tmp.resolve("a.jpg"), new byte[] {1, 2, 3});
        BufferedImage decoded = new BufferedImage(4, 3, BufferedImage.TYPE_3BYTE_BGR);
        CompletableFuture.runAsync(() -> {
            try {
                LastPictureDecode.remember(photo, 4, decoded);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).get();

        assertThat(LastPictureDecode.take(photo, 8)).as("another scale").isNull();
        assertThat(LastPictureDecode.take(photo, 4)).isSameAs(decoded);
        assertThat(LastPictureDecode.take(photo, 4)).as("taken once").isNull();
    }

    @Test
    void aFileChangedSinceItsDecodeGetsNone() throws Exception {
        Path photo = Files.write(tmp.resolve("b.jpg"), new byte[] {1, 2, 3});
        LastPictureDecode.remember(photo, 2, new BufferedImage(4, 3, BufferedImage.TYPE_3BYTE_BGR));
        Files.write(photo, new byte[] {1, 2, 3, 4});
        assertThat(LastPictureDecode.take(photo, 2)).isNull();
    }

    @Test
    void onlyTheLastFewDecodesAreHeld() throws Exception {
        Path first = Files.write(tmp.resolve("first.jpg"), new byte[] {1});
        LastPictureDecode.remember(first, 2, new BufferedImage(1, 1, BufferedImage.TYPE_3BYTE_BGR));
        for (int i = 0; i < 10; i++) {
            Path other = Files.write(tmp.resolve(i + ".jpg"), new byte[] {(byte) i});
            LastPictureDecode.remember(other, 2, new BufferedImage(1, 1, BufferedImage.TYPE_3BYTE_BGR));
        }
        assertThat(LastPictureDecode.take(first, 2)).as("dropped for newer ones").isNull();
        assertThat(LastPictureDecode.take(tmp.resolve("9.jpg"), 2)).isNotNull();
    }
}
