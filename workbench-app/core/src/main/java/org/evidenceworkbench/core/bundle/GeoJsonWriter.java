package org.evidenceworkbench.core.bundle;

import static org.evidenceworkbench.core.bundle.JsonFiles.stringOrNull;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;

import com.fasterxml.jackson.core.JsonGenerator;

/**
 * data/metadata/locations.geojson: a GeoJSON (RFC 7946) FeatureCollection with one Point per
 * geotagged item, so a receiver can drop the bundle's places on any map.
 */
final class GeoJsonWriter implements Closeable {

    private final JsonGenerator g;

    GeoJsonWriter(Path file) throws IOException {
        g = JsonFiles.open(file, true);
        g.writeStartObject();
        g.writeStringField("type", "FeatureCollection");
        g.writeArrayFieldStart("features");
    }

    void write(ExportedItem i) throws IOException {
        if (!i.hasLocation()) {
            return;
        }
        g.writeStartObject();
        g.writeStringField("type", "Feature");
        g.writeObjectFieldStart("geometry");
        g.writeStringField("type", "Point");
        g.writeArrayFieldStart("coordinates");
        g.writeNumber(i.longitude()); // GeoJSON puts longitude first
        g.writeNumber(i.latitude());
        g.writeEndArray();
        g.writeEndObject();
        g.writeObjectFieldStart("properties");
        g.writeNumberField("item_id", i.id());
        g.writeStringField("path", i.path());
        g.writeStringField("exhibit", i.exhibit());
        stringOrNull(g, "sha256", i.sha256());
        stringOrNull(g, "taken", i.takenAt());
        g.writeEndObject();
        g.writeEndObject();
    }

    @Override
    public void close() throws IOException {
        if (!g.isClosed()) {
            g.writeEndArray();
            g.writeEndObject();
            g.close();
        }
    }
}
