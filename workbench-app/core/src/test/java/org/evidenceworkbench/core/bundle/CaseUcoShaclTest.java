package org.evidenceworkbench.core.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.evidenceworkbench.core.casefolder.Case;
import org.evidenceworkbench.core.review.ReviewService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exported case.jsonld conforms to the CASE/UCO 1.4.0 SHACL shapes the way the official
 * validator ({@code case_validate}) judges it: Jena SHACL over the data and ontology graphs, with
 * the reference folder's README patches, no Violation and no Warning, and no class or property
 * the ontology does not define. The five official examples validate as the README states, so the
 * validator itself is trusted.
 */
class CaseUcoShaclTest {

    private static final List<String> DEACTIVATED = List.of("DataOneOf-shape",
            "DatatypeProperty-shacl-constraints-shape", "Disjointedness-AP-DP-shape", "Disjointedness-AP-OP-shape",
            "Disjointedness-C-DT-shape", "Disjointedness-DP-OP-shape", "ObjectProperty-shacl-constraints-shape",
            "Sequence-shape", "disjointUnionOf-subjects-shape", "hasKey-subjects-shape",
            "intersectionOf-subjects-shape", "onProperties-subjects-shape", "oneOf-subjects-shape",
            "ontologyIRI-versionIRI-prerequisite-shape", "propertyChainAxiom-subjects-shape",
            "unionOf-subjects-shape", "versionIRI-nodeKind-shape", "withRestrictions-subjects-shape");
    private static final List<String> NAMESPACES = List.of("https://ontology.unifiedcyberontology.org/",
            "https://ontology.caseontology.org/");

    private static Graph ontology;
    private static Shapes shapes;

    @TempDir
    Path tmp;

    @BeforeAll
    static void loadShapes() throws IOException {
        String ttl = Files.readString(referenceFolder().resolve("case-1.4.0.ttl"), StandardCharsets.UTF_8);
        // the README's patches: Jena refuses three sh:select queries as written
        ttl = ttl.replace("GROUP BY ?value", "GROUP BY $this ?value");
        int cdt = ttl.indexOf("uco-owl:Disjointedness-C-DT-shape\n");
        int owlPrefix = ttl.indexOf("PREFIX owl:", cdt);
        ttl = ttl.substring(0, owlPrefix) + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n\t\t\t"
                + ttl.substring(owlPrefix);
        StringBuilder deactivations = new StringBuilder("\n");
        for (String shape : DEACTIVATED) {
            deactivations.append("<https://ontology.unifiedcyberontology.org/owl/").append(shape)
                    .append("> <http://www.w3.org/ns/shacl#deactivated> true .\n");
        }
        ontology = RDFParser.fromString(ttl + deactivations, Lang.TURTLE).toGraph();
        shapes = Shapes.parse(ontology);
    }

    private static Path referenceFolder() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("reference").resolve("case-uco-1.4.0");
            if (Files.isRegularFile(candidate.resolve("case-1.4.0.ttl"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("no shared/reference/case-uco-1.4.0 above " + Path.of("").toAbsolutePath());
    }

    @BeforeEach
    void config() {
        System.setProperty(WorkstationConfig.PROPERTY, tmp.resolve("config").toString());
    }

    @AfterEach
    void forgetConfig() {
        System.clearProperty(WorkstationConfig.PROPERTY);
    }

    @Test
    void theOfficialExamplesValidateAsTheReadmeStates() throws IOException {
        for (String example : List.of("file", "exif_data", "forensic_lifecycle", "location")) {
            ValidationReport report = validate(referenceFolder().resolve("examples").resolve(example + ".json"));
            assertThat(report.conforms()).as(example + ": " + entries(report)).isTrue();
        }
        ValidationReport oresteia = validate(referenceFolder().resolve("examples").resolve("Oresteia.json"));
        assertThat(oresteia.getEntries()).hasSize(2)
                .allSatisfy(e -> assertThat(e.severity()).isEqualTo(Severity.Info));
    }

    @Test
    void anExportWithEveryKindOfNodeConformsAndUsesOnlyDefinedTerms() throws IOException {
        BundleFixture fixture = new BundleFixture(tmp);
        try (Case c = Case.openForWriting(fixture.caseDir)) {
            new ReviewService(c).tag(BundleFixture.item(c, "statement.pdf").id(), "witness", "DC Smith");
        }
        Path bag = fixture.export(tmp.resolve("out"), Selection.all(), ExportProfile.FULL, false).bundle();
        Path jsonld = bag.resolve("data/metadata/case.jsonld");

        ValidationReport report = validate(jsonld);
        List<String> failures = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            if (e.severity() == Severity.Violation || e.severity() == Severity.Warning) {
                failures.add(e.toString());
            }
        }
        assertThat(failures).isEmpty();

        Graph data = RDFParser.source(jsonld).lang(Lang.JSONLD).toGraph();
        assertThat(undefinedTerms(data)).isEmpty();
        Set<String> types = new TreeSet<>();
        data.find(Node.ANY, RDF.type.asNode(), Node.ANY).forEach(t -> types.add(t.getObject().getLocalName()));
        assertThat(types).contains("File", "FileFacet", "ContentDataFacet", "EXIFFacet", "Hash", "Location",
                "LatLongCoordinatesFacet", "Relationship", "Person", "Examiner", "Tool", "InvestigativeAction",
                "ProvenanceRecord", "Annotation", "MarkingDefinition", "StatementMarking", "Investigation", "URL");
        // the confirmed finding is an Annotation with its review in the statement
        assertThat(data.find(Node.ANY, org.apache.jena.graph.NodeFactory.createURI(
                "https://ontology.unifiedcyberontology.org/uco/core/statement"), Node.ANY).toList())
                .anySatisfy(t -> assertThat(t.getObject().getLiteralLexicalForm()).contains("confirmed by DC Smith: seen before"));
        data.find(Node.ANY, Node.ANY, Node.ANY).forEach(t ->
                assertThat(t.getSubject().isBlank()).as("blank node in " + t).isFalse());
    }

    @Test
    void aMisspeltTermIsFoundByTheUndefinedTermCheck() {
        Graph data = GraphFactory.createDefaultGraph();
        data.add(Triple.create(org.apache.jena.graph.NodeFactory.createURI("urn:uuid:1"),
                RDF.type.asNode(),
                org.apache.jena.graph.NodeFactory.createURI("https://ontology.unifiedcyberontology.org/uco/observable/Fiel")));
        assertThat(undefinedTerms(data)).containsExactly("https://ontology.unifiedcyberontology.org/uco/observable/Fiel");
    }

    private static ValidationReport validate(Path jsonld) {
        Graph union = GraphFactory.createDefaultGraph();
        RDFParser.source(jsonld).lang(Lang.JSONLD).parse(union);
        ontology.find().forEach(union::add);
        return ShaclValidator.get().validate(shapes, union);
    }

    /** Classes and properties in the CASE/UCO namespaces that the ontology does not define. */
    private static Set<String> undefinedTerms(Graph data) {
        Set<String> undefined = new TreeSet<>();
        data.find().forEach(t -> {
            List<Node> terms = new ArrayList<>(List.of(t.getPredicate()));
            if (t.getPredicate().equals(RDF.type.asNode())) {
                terms.add(t.getObject());
            }
            for (Node n : terms) {
                if (n.isURI() && NAMESPACES.stream().anyMatch(n.getURI()::startsWith)
                        && !ontology.contains(n, RDF.type.asNode(), Node.ANY)) {
                    undefined.add(n.getURI());
                }
            }
        });
        return undefined;
    }

    private static List<String> entries(ValidationReport r) {
        return r.getEntries().stream().map(Object::toString).toList();
    }
}
