package org.evidenceworkbench.core.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Date;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.evidenceworkbench.core.WorkbenchException;
import org.evidenceworkbench.core.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The keys bundles are signed with. By default the workstation's own: on first use an ECDSA
 * P-256 key pair and a self-signed certificate (CN = user@host, OU = Evidence Workbench
 * workstation) are made and kept in {@value #KEYSTORE_FILE} in the workstation's configuration
 * folder, readable by its owner only. A force that has its own signing certificate gives its
 * PKCS#12 keystore instead, with the password from an environment variable.
 */
public final class WorkstationKeys {

    public static final String KEYSTORE_FILE = "workstation-signing.p12";
    private static final String ALIAS = "workstation";
    /*
     * The workstation keystore is protected by the owner-only permissions of its file, like an SSH
     * key without a passphrase: a password kept next to it would add nothing.
     */
    private static final char[] WORKSTATION_PASSWORD = "evidence-workbench".toCharArray();
    private static final Logger log = LoggerFactory.getLogger(WorkstationKeys.class);

    private WorkstationKeys() {
    }

    /** The workstation's key, made on first use. */
    public static synchronized SigningKey workstation(Path configFolder) {
        Path file = configFolder.resolve(KEYSTORE_FILE);
        if (!Files.isRegularFile(file)) {
            create(configFolder, file);
        }
        return load(file, WORKSTATION_PASSWORD, "workstation keystore " + file);
    }

    /** The first key entry of a force's PKCS#12 keystore. */
    public static SigningKey fromKeystore(Path keystore, char[] password) {
        if (!Files.isRegularFile(keystore)) {
            throw new WorkbenchException("There is no keystore at " + keystore + "; give the force's PKCS#12 (.p12) file.");
        }
        return load(keystore, password, "keystore " + keystore);
    }

    private static SigningKey load(Path file, char[] password, String origin) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(in, password);
            for (String alias : Collections.list(ks.aliases())) {
                if (ks.isKeyEntry(alias)) {
                    Certificate cert = ks.getCertificate(alias);
                    if (cert instanceof X509Certificate x509) {
                        return new SigningKey((PrivateKey) ks.getKey(alias, password), x509, origin);
                    }
                }
            }
            throw new WorkbenchException("The " + origin + " holds no private key with an X.509 certificate.");
        } catch (IOException e) {
            throw new WorkbenchException("The " + origin + " cannot be opened (" + e.getMessage()
                    + "); check the file and its password.", e);
        } catch (GeneralSecurityException e) {
            throw new WorkbenchException("The " + origin + " cannot be read (" + e.getMessage() + ").", e);
        }
    }

    private static void create(Path folder, Path file) {
        try {
            Files.createDirectories(folder);
            ownerOnly(folder, "rwx------");
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom());
            KeyPair pair = generator.generateKeyPair();
            X509Certificate cert = selfSigned(pair);
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(null, null);
            ks.setKeyEntry(ALIAS, pair.getPrivate(), WORKSTATION_PASSWORD, new Certificate[] {cert});
            Path partial = Files.createTempFile(folder, KEYSTORE_FILE, ".part");
            ownerOnly(partial, "rw-------");
            try (OutputStream out = Files.newOutputStream(partial)) {
                ks.store(out, WORKSTATION_PASSWORD);
            }
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
            log.info("Made the workstation's signing key and certificate {} in {}", cert.getSubjectX500Principal(), file);
        } catch (IOException e) {
            throw new WorkbenchException("Could not write the workstation's signing keystore in " + folder
                    + "; check that folder is writable.", e);
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("cannot make an ECDSA P-256 key and certificate", e);
        }
    }

    private static X509Certificate selfSigned(KeyPair pair) throws OperatorCreationException, GeneralSecurityException {
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
                // OU first: in the DER order, so the name prints (RFC 2253, last first) as "CN=user@host,OU=..."
                .addRDN(BCStyle.OU, "Evidence Workbench workstation")
                .addRDN(BCStyle.CN, AuditLog.currentUser() + "@" + hostName())
                .build();
        Instant now = Instant.now();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject,
                new BigInteger(64, new SecureRandom()).abs().add(BigInteger.ONE), Date.from(now.minus(Duration.ofDays(1))),
                Date.from(now.plus(Duration.ofDays(3650))), subject, pair.getPublic());
        try {
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode certificate extensions", e);
        }
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate())));
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }

    private static void ownerOnly(Path path, String permissions) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        }
    }
}
