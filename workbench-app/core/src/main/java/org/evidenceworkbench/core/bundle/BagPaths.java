package org.evidenceworkbench.core.bundle;

/**
 * BagIt's encoding of file paths in manifests (RFC 8493 §2.1.3): CR, LF and % are percent-encoded
 * so one line is always one file.
 */
final class BagPaths {

    private BagPaths() {
    }

    static String encode(String path) {
        return path.replace("%", "%25").replace("\n", "%0A").replace("\r", "%0D");
    }

    static String decode(String path) {
        return path.replace("%0A", "\n").replace("%0a", "\n").replace("%0D", "\r").replace("%0d", "\r")
                .replace("%25", "%");
    }
}
