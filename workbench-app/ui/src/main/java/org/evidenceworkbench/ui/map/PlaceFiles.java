package org.evidenceworkbench.ui.map;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.evidenceworkbench.core.item.GeotaggedItems;

/**
 * Geotagged items as files other tools open: GeoJSON (RFC 7946, longitude first) and KML 2.2
 * (Google Earth). Each point carries the item id, path and camera time. Written to a temporary
 * file beside the target and moved into place, so a failed export leaves no half file.
 */
public final class PlaceFiles {

    private static final String KML_NS = "http://www.opengis.net/kml/2.2";

    private PlaceFiles() {
    }

    public static void writeGeoJson(List<GeotaggedItems.Place> places, Path target) {
        write(target, out -> {
            try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
                g.useDefaultPrettyPrinter();
                g.writeStartObject();
                g.writeStringField("type", "FeatureCollection");
                g.writeArrayFieldStart("features");
                for (GeotaggedItems.Place p : places) {
                    g.writeStartObject();
                    g.writeStringField("type", "Feature");
                    g.writeObjectFieldStart("geometry");
                    g.writeStringField("type", "Point");
                    g.writeArrayFieldStart("coordinates");
                    g.writeNumber(p.longitude());
                    g.writeNumber(p.latitude());
                    g.writeEndArray();
                    g.writeEndObject();
                    g.writeObjectFieldStart("properties");
                    g.writeNumberField("item_id", p.id());
                    g.writeStringField("path", p.path());
                    g.writeStringField("taken", p.takenAt());
                    g.writeEndObject();
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
        });
    }

    public static void writeKml(List<GeotaggedItems.Place> places, Path target, String documentName) {
        write(target, out -> {
            try {
                XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
                x.writeStartDocument("UTF-8", "1.0");
                x.writeStartElement("kml");
                x.writeDefaultNamespace(KML_NS);
                x.writeStartElement("Document");
                element(x, "name", documentName);
                for (GeotaggedItems.Place p : places) {
                    x.writeStartElement("Placemark");
                    element(x, "name", p.path());
                    element(x, "description", "item " + p.id() + (p.takenAt() == null ? "" : ", taken " + p.takenAt()));
                    x.writeStartElement("ExtendedData");
                    x.writeStartElement("Data");
                    x.writeAttribute("name", "item_id");
                    element(x, "value", Long.toString(p.id()));
                    x.writeEndElement();
                    x.writeEndElement();
                    x.writeStartElement("Point");
                    element(x, "coordinates", String.format(Locale.ROOT, "%.7f,%.7f", p.longitude(), p.latitude()));
                    x.writeEndElement();
                    x.writeEndElement();
                }
                x.writeEndElement();
                x.writeEndElement();
                x.writeEndDocument();
                x.close();
            } catch (XMLStreamException e) {
                throw new IOException("could not write KML", e);
            }
        });
    }

    private static void element(XMLStreamWriter x, String name, String text) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(text == null ? "" : text);
        x.writeEndElement();
    }

    private interface Body {
        void write(OutputStream out) throws IOException;
    }

    private static void write(Path target, Body body) {
        Path parent = target.toAbsolutePath().getParent();
        try {
            Path temp = Files.createTempFile(parent, ".export-", ".part");
            try {
                try (OutputStream out = Files.newOutputStream(temp)) {
                    body.write(out);
                }
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + target + "; check the folder exists and you may write"
                    + " there.", e);
        }
    }
}
