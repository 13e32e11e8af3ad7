package org.evidenceworkbench.ui.map;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The offline base map: country outlines from Natural Earth (public domain), as the npm package
 * world-atlas (ISC licence) ships them in TopoJSON; the build puts {@value #RESOURCE} next to this
 * class. TopoJSON stores each border once as an "arc" of quantised, delta-encoded points, and a
 * country as rings of arc indexes (a negative index ~i means arc i reversed); this reader turns
 * that back into rings of longitude/latitude.
 */
public final class WorldOutlines {

    static final String RESOURCE = "world-atlas-countries-50m.json";

    /** ISO 3166-1 numeric code of the United Kingdom, drawn with a stronger outline. */
    public static final String UNITED_KINGDOM = "826";

    /**
     * Where a ring's points start: each ring is {@code [west, south, east, north, lon0, lat0, lon1,
     * lat1, ...]}, its bounding box first, so drawing can skip rings off screen without a pass.
     */
    public static final int BOX = 4;

    /** A country: its ISO numeric id, its name, and its rings (bounding box, then points; see {@link #BOX}). */
    public record Country(String id, String name, List<double[]> rings) {
    }

    private final List<Country> countries;

    private WorldOutlines(List<Country> countries) {
        this.countries = List.copyOf(countries);
    }

    public List<Country> countries() {
        return countries;
    }

    /** Reads the outlines shipped with the build. */
    public static WorldOutlines load() {
        try (InputStream in = WorldOutlines.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build; the ui module's"
                        + " build downloads it from the npm package world-atlas");
            }
            return read(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("the shipped base map cannot be read", e);
        }
    }

    static WorldOutlines read(JsonNode topology) {
        JsonNode transform = topology.get("transform");
        double sx = transform.get("scale").get(0).asDouble();
        double sy = transform.get("scale").get(1).asDouble();
        double tx = transform.get("translate").get(0).asDouble();
        double ty = transform.get("translate").get(1).asDouble();
        List<double[]> arcs = new ArrayList<>();
        for (JsonNode arc : topology.get("arcs")) {
            double[] points = new double[arc.size() * 2];
            long x = 0;
            long y = 0;
            for (int i = 0; i < arc.size(); i++) {
                x += arc.get(i).get(0).asLong();
                y += arc.get(i).get(1).asLong();
                points[2 * i] = x * sx + tx;
                points[2 * i + 1] = y * sy + ty;
            }
            arcs.add(points);
        }
        List<Country> countries = new ArrayList<>();
        for (JsonNode geometry : topology.get("objects").get("countries").get("geometries")) {
            List<double[]> rings = new ArrayList<>();
            String type = geometry.path("type").asText();
            if (type.equals("Polygon")) {
                geometry.get("arcs").forEach(ring -> rings.add(ring(ring, arcs)));
            } else if (type.equals("MultiPolygon")) {
                geometry.get("arcs").forEach(polygon -> polygon.forEach(ring -> rings.add(ring(ring, arcs))));
            }
            countries.add(new Country(geometry.path("id").asText(""),
                    geometry.path("properties").path("name").asText(""), rings));
        }
        return new WorldOutlines(countries);
    }

    /** Joins a ring's arcs; each arc after the first repeats the previous one's last point, so it is dropped. */
    private static double[] ring(JsonNode arcIndexes, List<double[]> arcs) {
        List<double[]> parts = new ArrayList<>();
        int length = 0;
        for (JsonNode index : arcIndexes) {
            int i = index.asInt();
            double[] arc = i >= 0 ? arcs.get(i) : reversed(arcs.get(~i));
            parts.add(arc);
            length += arc.length;
        }
        double[] out = new double[BOX + length];
        int at = BOX;
        for (int p = 0; p < parts.size(); p++) {
            double[] arc = parts.get(p);
            int skip = p == 0 ? 0 : 2;
            System.arraycopy(arc, skip, out, at, arc.length - skip);
            at += arc.length - skip;
        }
        double west = 180;
        double south = 90;
        double east = -180;
        double north = -90;
        for (int i = BOX; i < at; i += 2) {
            west = Math.min(west, out[i]);
            east = Math.max(east, out[i]);
            south = Math.min(south, out[i + 1]);
            north = Math.max(north, out[i + 1]);
        }
        out[0] = west;
        out[1] = south;
        out[2] = east;
        out[3] = north;
        return java.util.Arrays.copyOf(out, at);
    }

    private static double[] reversed(double[] arc) {
        double[] out = new double[arc.length];
        int n = arc.length / 2;
        for (int i = 0; i < n; i++) {
            out[2 * i] = arc[2 * (n - 1 - i)];
            out[2 * i + 1] = arc[2 * (n - 1 - i) + 1];
        }
        return out;
    }
}
