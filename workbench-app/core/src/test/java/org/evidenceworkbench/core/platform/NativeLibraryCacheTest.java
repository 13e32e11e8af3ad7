package org.evidenceworkbench.core.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NativeLibraryCacheTest {

    private String javacppBefore;
    private String javafxBefore;

    @BeforeEach
    void remember() {
        javacppBefore = System.getProperty(NativeLibraryCache.JAVACPP);
        javafxBefore = System.getProperty(NativeLibraryCache.JAVAFX);
    }

    @AfterEach
    void restore() {
        restore(NativeLibraryCache.JAVACPP, javacppBefore);
        restore(NativeLibraryCache.JAVAFX, javafxBefore);
    }

    @Test
    void nativesGoToTheUsersCacheNotTheWorkingDirectory() {
        System.clearProperty(NativeLibraryCache.JAVACPP);
        System.clearProperty(NativeLibraryCache.JAVAFX);

        NativeLibraryCache.useUserCache();

        Path javacpp = Path.of(System.getProperty(NativeLibraryCache.JAVACPP));
        Path javafx = Path.of(System.getProperty(NativeLibraryCache.JAVAFX));
        assertThat(javacpp).isAbsolute().startsWithRaw(NativeLibraryCache.folder());
        assertThat(javafx).isAbsolute().startsWithRaw(NativeLibraryCache.folder());
        assertThat(javacpp.startsWith(Path.of("").toAbsolutePath())).isFalse();
    }

    @Test
    void aFolderChosenOnTheCommandLineIsKept() {
        System.setProperty(NativeLibraryCache.JAVACPP, "/srv/natives");

        NativeLibraryCache.useUserCache();

        assertThat(System.getProperty(NativeLibraryCache.JAVACPP)).isEqualTo("/srv/natives");
    }

    private static void restore(String property, String value) {
        if (value == null) {
            System.clearProperty(property);
        } else {
            System.setProperty(property, value);
        }
    }
}
