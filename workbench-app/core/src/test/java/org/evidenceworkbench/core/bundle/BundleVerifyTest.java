package org.evidenceworkbench.core.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.evidenceworkbench.core.casefolder.Case;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A receiver's checks: every kind of tampering is caught and the file named; the signature is
 * judged against a trust folder; it verifies with the openssl command as well as in Java.
 */
class BundleVerifyTest {

    @TempDir
    Path tmp;

    BundleFixture fixture;
    Path bag;

    @BeforeEach
    void exportedBundle() throws IOException {
        System.setProperty(WorkstationConfig.PROPERTY, tmp.resolve("config").toString());
        fixture = new BundleFixture(tmp);
        bag = fixture.export(tmp.resolve("out"), Selection.all(), ExportProfile.FULL, false).bundle();
        assertThat(verify(bag).ok()).isTrue();
    }

    @AfterEach
    void forgetConfig() {
        System.clearProperty(WorkstationConfig.PROPERTY);
    }

    @Test
    void aFlippedByteInAnyPayloadOrMetadataFileIsNamed() throws IOException {
        List<String> payload = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(bag.resolve("data"))) {
            walk.filter(Files::isRegularFile).forEach(p -> payload.add(bag.relativize(p).toString()));
        }
        assertThat(payload).contains("data/metadata/case.jsonld", "data/metadata/items.csv");
        for (String file : payload) {
            byte[] original = Files.readAllBytes(bag.resolve(file));
            byte[] changed = original.clone();
            changed[changed.length / 2] ^= 0x01;
            Files.write(bag.resolve(file), changed);
            VerifyReport report = verify(bag);
            assertThat(report.ok()).as(file).isFalse();
            assertThat(report.layer("bagit").problems()).as(file)
                    .contains("changed: " + file + " (its SHA-256 differs from manifest-sha256.txt)");
            Files.write(bag.resolve(file), original);
        }
        assertThat(verify(bag).ok()).isTrue();
    }

    @Test
    void aDeletedFileIsNamedAsMissing() throws IOException {
        String payload = firstPayload();
        Files.delete(bag.resolve(payload));
        VerifyReport report = verify(bag);
        assertThat(report.ok()).isFalse();
        assertThat(report.layer("bagit").problems()).anySatisfy(p ->
                assertThat(p).isEqualTo("missing: " + payload + " (listed in the payload manifest)"));
        assertThat(report.layer("case.jsonld").problems()).anySatisfy(p -> assertThat(p).contains(payload));
    }

    @Test
    void anAddedFileIsNamed() throws IOException {
        Files.writeString(bag.resolve("data/items/extra.txt"), "slipped in");
        Files.writeString(bag.resolve("notes.txt"), "slipped in");
        VerifyReport report = verify(bag);
        assertThat(report.layer("bagit").problems())
                .contains("added: data/items/extra.txt (in no manifest)", "added: notes.txt (in no manifest)");
    }

    @Test
    void anEditedBagInfoIsNamed() throws IOException {
        Path info = bag.resolve("bag-info.txt");
        Files.writeString(info, Files.readString(info).replace("Handling-Marking: OFFICIAL", "Handling-Marking: NONE"));
        VerifyReport report = verify(bag);
        assertThat(report.layer("bagit").problems())
                .contains("changed: bag-info.txt (its SHA-256 differs from tagmanifest-sha256.txt)");
        assertThat(report.layer("signature").ok()).as("the tag manifest itself is unchanged").isTrue();
    }

    @Test
    void anEditedTagManifestBreaksTheSignature() throws IOException {
        Path tags = bag.resolve("tagmanifest-sha256.txt");
        Files.writeString(tags, Files.readString(tags) + "\n");
        VerifyReport report = verify(bag);
        assertThat(report.layer("signature").ok()).isFalse();
        assertThat(report.layer("signature").problems().get(0)).startsWith("signature/tagmanifest-sha256.txt.p7s:");
        assertThat(openssl(bag)).as("openssl agrees").isNotZero();
    }

    @Test
    void aSwappedCertificateOrSignatureIsCaught() throws IOException {
        Path other = fixture.export(tmp.resolve("other"), Selection.tag("relevant"), ExportProfile.FULL, false).bundle();
        // another workstation: a second key in another configuration folder
        System.setProperty(WorkstationConfig.PROPERTY, tmp.resolve("config-2").toString());
        Path foreign = fixture.export(tmp.resolve("foreign"), Selection.tag("relevant"), ExportProfile.FULL, false).bundle();

        Files.copy(foreign.resolve("signature/signer.pem"), bag.resolve("signature/signer.pem"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(verify(bag).layer("signature").problems())
                .contains("signature/signer.pem: is not the certificate that made the signature");

        Files.copy(other.resolve("signature/tagmanifest-sha256.txt.p7s"), bag.resolve("signature/tagmanifest-sha256.txt.p7s"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        VerifyReport report = verify(bag);
        assertThat(report.layer("signature").ok()).isFalse();
        assertThat(report.layer("signature").problems().get(0)).contains("does not match tagmanifest-sha256.txt");
    }

    @Test
    void anUnknownSignerIsValidButUntrustedAndATrustedOneIsAccepted() throws IOException {
        Path trust = Files.createDirectories(tmp.resolve("trust"));
        Path unrelated = generatedCertificate("CN=Another Force");
        Files.copy(unrelated, trust.resolve("another.pem"));
        VerifyReport unknown = new BundleVerifier(trust).verify(bag);
        assertThat(unknown.layer("signature").ok()).isFalse();
        assertThat(unknown.layer("signature").notes().get(0)).startsWith("valid signature by CN=");
        assertThat(unknown.layer("signature").problems().get(0)).startsWith("untrusted signer: CN=")
                .contains("(the signature itself is valid)");
        assertThat(unknown.layer("bagit").ok()).isTrue();

        Files.copy(bag.resolve("signature/signer.pem"), trust.resolve("workstation.pem"));
        VerifyReport trusted = new BundleVerifier(trust).verify(bag);
        assertThat(trusted.ok()).as(trusted.toString()).isTrue();
        assertThat(trusted.layer("signature").notes()).anySatisfy(n -> assertThat(n).startsWith("trusted signer"));
    }

    @Test
    void theSignatureVerifiesWithOpenssl() throws IOException {
        assertThat(openssl(bag)).isZero();
    }

    @Test
    void aForceKeystoreSignsWithRsaAndNamesTheOrganisation() throws Exception {
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        KeyPair pair = rsa.generateKeyPair();
        X500Name subject = new X500Name("CN=Digital Forensics Unit, O=Test Force");
        X509Certificate cert = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(
                subject, BigInteger.TEN, Date.from(Instant.now().minus(Duration.ofDays(1))),
                Date.from(Instant.now().plus(Duration.ofDays(30))), subject, pair.getPublic())
                .build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        char[] password = "force-secret".toCharArray();
        ks.setKeyEntry("force", pair.getPrivate(), password, new Certificate[] {cert});
        Path p12 = tmp.resolve("force.p12");
        try (OutputStream out = Files.newOutputStream(p12)) {
            ks.store(out, password);
        }
        SigningKey key = WorkstationKeys.fromKeystore(p12, password);
        ExportResult result;
        try (Case c = Case.openForWriting(fixture.caseDir)) {
            result = new BundleExporter(c, null).export(tmp.resolve("force-out"), new ExportRequest(
                    Selection.tag("relevant"), ExportProfile.FULL, "OFFICIAL-SENSITIVE", null, key, false,
                    new VicsCategories(Map.of())));
        }
        assertThat(BundleExportTest.bagInfo(result.bundle())).containsEntry("Source-Organization", "Test Force")
                .containsEntry("Handling-Marking", "OFFICIAL-SENSITIVE");
        Path trust = Files.createDirectories(tmp.resolve("force-trust"));
        Files.writeString(trust.resolve("force.pem"), BundleSignature.pem(cert));
        assertThat(new BundleVerifier(trust).verify(result.bundle()).ok()).isTrue();
        assertThat(openssl(result.bundle())).isZero();
    }

    @Test
    void theWorkstationKeyIsMadeOnceAndKeptOwnerOnly() throws IOException {
        Path keystore = tmp.resolve("config").resolve(WorkstationKeys.KEYSTORE_FILE);
        assertThat(keystore).isRegularFile();
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(keystore)))
                .isEqualTo("rw-------");
        SigningKey first = WorkstationKeys.workstation(tmp.resolve("config"));
        assertThat(first.certificate().getSubjectX500Principal().getName())
                .contains("OU=Evidence Workbench workstation").contains("CN=" + System.getProperty("user.name") + "@");
        Path again = fixture.export(tmp.resolve("again"), Selection.tag("relevant"), ExportProfile.FULL, false).bundle();
        assertThat(Files.readString(again.resolve("signature/signer.pem")))
                .isEqualTo(Files.readString(bag.resolve("signature/signer.pem")));
    }

    @Test
    void aZipBundleIsCheckedInPlace() throws IOException {
        Path zip = fixture.export(tmp.resolve("sent.zip"), Selection.all(), ExportProfile.FULL, false).bundle();
        assertThat(verify(zip).ok()).isTrue();
        // damage one stored byte of a payload entry (stored uncompressed? no: find the bytes by rewriting the zip)
        Path damaged = tmp.resolve("damaged.zip");
        String victim;
        try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(zip.toFile());
             java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(damaged))) {
            victim = null;
            for (java.util.Enumeration<? extends java.util.zip.ZipEntry> e = in.entries(); e.hasMoreElements(); ) {
                java.util.zip.ZipEntry entry = e.nextElement();
                byte[] bytes = in.getInputStream(entry).readAllBytes();
                if (victim == null && entry.getName().contains("/data/items/")) {
                    victim = entry.getName().substring(entry.getName().indexOf('/') + 1);
                    bytes[bytes.length / 3] ^= 0x40;
                }
                out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
        VerifyReport report = verify(damaged);
        assertThat(report.layer("bagit").problems())
                .contains("changed: " + victim + " (its SHA-256 differs from manifest-sha256.txt)");
    }

    private String firstPayload() throws IOException {
        try (Stream<Path> items = Files.list(bag.resolve("data/items"))) {
            return bag.relativize(items.sorted().findFirst().orElseThrow()).toString();
        }
    }

    private static VerifyReport verify(Path bundle) {
        return new BundleVerifier(null).verify(bundle);
    }

    private Path generatedCertificate(String dn) throws IOException {
        try {
            KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
            ec.initialize(256);
            KeyPair pair = ec.generateKeyPair();
            X500Name name = new X500Name(dn);
            X509Certificate cert = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(
                    name, BigInteger.ONE, Date.from(Instant.now().minus(Duration.ofDays(1))),
                    Date.from(Instant.now().plus(Duration.ofDays(30))), name, pair.getPublic())
                    .build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate())));
            Path file = tmp.resolve(dn.replaceAll("\\W", "") + ".pem");
            Files.writeString(file, BundleSignature.pem(cert));
            return file;
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    /** The exit code of the receiver's openssl check, as docs/bundle.md gives it. */
    static int openssl(Path bag) throws IOException {
        ProcessBuilder pb = new ProcessBuilder("openssl", "cms", "-verify", "-binary", "-inform", "DER",
                "-in", bag.resolve("signature/tagmanifest-sha256.txt.p7s").toString(),
                "-content", bag.resolve("tagmanifest-sha256.txt").toString(),
                "-CAfile", bag.resolve("signature/signer.pem").toString(), "-purpose", "any",
                "-out", "/dev/null").redirectErrorStream(true);
        Process p = pb.start();
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        p.getInputStream().transferTo(output);
        try {
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("openssl did not finish");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        String said = output.toString(StandardCharsets.UTF_8);
        if (p.exitValue() == 0) {
            assertThat(said).contains("Verification successful");
        }
        return p.exitValue();
    }
}
