package org.evidenceworkbench.core.extract;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;

/**
 * Decides an item's type from its bytes (Tika's magic and container detectors) and compares it
 * with what the file name claims. Thread-safe.
 */
public final class TypeDetector {

    private final Detector contentDetector;
    private final MimeTypes mimeTypes;
    private final MediaTypeRegistry registry;

    public TypeDetector(TikaConfig tika) {
        this.contentDetector = tika.getDetector();
        this.mimeTypes = tika.getMimeRepository();
        this.registry = tika.getMediaTypeRegistry();
    }

    public ContentType detect(Path file, String name) throws IOException {
        MediaType byContent;
        try (TikaInputStream in = TikaInputStream.get(file)) {
            byContent = contentDetector.detect(in, new Metadata());
        }
        String extension = extensionOf(name);
        MediaType byName = extension.isEmpty() ? null : typeForName(name);
        MediaType chosen = byContent;
        if (byName != null && isGeneric(byContent) && isA(byName, byContent)) {
            chosen = byName;
        }
        boolean mismatch = byName != null && !isA(byContent, byName) && !isA(byName, byContent)
                && !MediaType.OCTET_STREAM.equals(byContent);
        if (byName != null && isProtectedOffice(byContent, byName)) {
            // a password-protected Office file is an encrypted OLE container whatever its kind;
            // its extension is the best word on what it is, and no reason for suspicion
            chosen = byName;
            mismatch = false;
        }
        String mime = chosen.getBaseType().toString();
        boolean fromContent = chosen == byContent && !isGeneric(byContent);
        return new ContentType(mime, extension, byName == null ? null : byName.getBaseType().toString(),
                mismatch, CategoryClassifier.categoryOf(mime), fromContent);
    }

    private MediaType typeForName(String name) {
        Metadata m = new Metadata();
        m.set(org.apache.tika.metadata.TikaCoreProperties.RESOURCE_NAME_KEY, name);
        try {
            MediaType t = mimeTypes.detect(null, m);
            return MediaType.OCTET_STREAM.equals(t) ? null : t;
        } catch (IOException e) {
            return null;
        }
    }

    private static boolean isProtectedOffice(MediaType content, MediaType byName) {
        String c = content.getBaseType().toString();
        String n = byName.getBaseType().toString();
        return (c.equals("application/x-tika-ooxml-protected") || c.equals("application/x-tika-msoffice"))
                && (n.startsWith("application/vnd.openxmlformats-officedocument.") || n.startsWith("application/vnd.ms-")
                || n.equals("application/msword"));
    }

    private static boolean isGeneric(MediaType t) {
        return MediaType.OCTET_STREAM.equals(t) || MediaType.TEXT_PLAIN.equals(t.getBaseType());
    }

    private boolean isA(MediaType a, MediaType b) {
        return registry.isInstanceOf(a.getBaseType(), b.getBaseType())
                || registry.normalize(a.getBaseType()).equals(registry.normalize(b.getBaseType()));
    }

    /** The extension after the last dot of the last path segment, lower case; empty if none. */
    public static String extensionOf(String name) {
        String last = name.substring(name.lastIndexOf('/') + 1);
        int dot = last.lastIndexOf('.');
        if (dot <= 0 || dot == last.length() - 1) {
            return "";
        }
        return last.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
