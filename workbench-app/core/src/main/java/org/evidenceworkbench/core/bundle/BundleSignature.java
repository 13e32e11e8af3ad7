package org.evidenceworkbench.core.bundle;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.util.Store;

/**
 * The detached CMS (PKCS#7) signature over a bag's tag manifest, SHA-256 with ECDSA or RSA,
 * carrying the signer's certificate: made here, and checked here the way {@code openssl cms
 * -verify} checks it.
 */
public final class BundleSignature {

    private BundleSignature() {
    }

    /** The DER-encoded detached signature of {@code content}. */
    public static byte[] sign(byte[] content, SigningKey key) {
        String algorithm = "EC".equals(key.privateKey().getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA";
        try {
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().build())
                    .build(new JcaContentSignerBuilder(algorithm).build(key.privateKey()), key.certificate()));
            generator.addCertificate(new JcaX509CertificateHolder(key.certificate()));
            return generator.generate(new CMSProcessableByteArray(content), false).getEncoded("DER");
        } catch (OperatorCreationException | CMSException | CertificateException | IOException e) {
            throw new IllegalStateException("cannot sign with " + algorithm + " from the " + key.origin(), e);
        }
    }

    /** A certificate as PEM text. */
    public static String pem(X509Certificate certificate) {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter w = new JcaPEMWriter(text)) {
            w.writeObject(certificate);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write a certificate as PEM", e);
        }
        return text.toString();
    }

    /** What checking a signature found: whether it is valid and who signed. */
    public record Check(boolean valid, X509Certificate signer, String problem) {
    }

    /**
     * Checks that {@code signature} is a valid detached signature of {@code content} by the
     * certificate it carries; {@code problem} says why not.
     */
    public static Check verify(byte[] content, byte[] signature) {
        try {
            CMSSignedData signed = new CMSSignedData(new CMSProcessableByteArray(content), signature);
            Store<X509CertificateHolder> certificates = signed.getCertificates();
            Collection<SignerInformation> signers = signed.getSignerInfos().getSigners();
            if (signers.isEmpty()) {
                return new Check(false, null, "the signature file holds no signer");
            }
            X509Certificate signerCert = null;
            for (SignerInformation signer : signers) {
                @SuppressWarnings("unchecked")
                Collection<X509CertificateHolder> matches = certificates.getMatches(signer.getSID());
                if (matches.isEmpty()) {
                    return new Check(false, null, "the signature does not carry its signer's certificate");
                }
                X509CertificateHolder holder = matches.iterator().next();
                signerCert = new JcaX509CertificateConverter().getCertificate(holder);
                if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(holder))) {
                    return new Check(false, signerCert, "the signature does not match tagmanifest-sha256.txt");
                }
            }
            return new Check(true, signerCert, null);
        } catch (CMSException e) {
            return new Check(false, null, "the signature does not match tagmanifest-sha256.txt or is damaged ("
                    + e.getMessage() + ")");
        } catch (OperatorCreationException | CertificateException | RuntimeException e) {
            return new Check(false, null, "the signature cannot be read (" + e.getMessage() + ")");
        }
    }

    /** Every certificate in PEM or DER bytes (a PEM file may hold several). */
    public static List<X509Certificate> certificates(byte[] bytes) throws CertificateException {
        List<X509Certificate> out = new ArrayList<>();
        for (java.security.cert.Certificate c : CertificateFactory.getInstance("X.509")
                .generateCertificates(new ByteArrayInputStream(bytes))) {
            out.add((X509Certificate) c);
        }
        return out;
    }

    /** Whether {@code signer} is one of the trusted certificates, or was issued and signed by one. */
    public static boolean trusted(X509Certificate signer, List<X509Certificate> trust) {
        for (X509Certificate t : trust) {
            if (t.equals(signer)) {
                return true;
            }
            if (t.getSubjectX500Principal().equals(signer.getIssuerX500Principal())) {
                try {
                    signer.verify(t.getPublicKey());
                    return true;
                } catch (GeneralSecurityException notIssuedByIt) {
                    // another certificate of the same name; keep looking
                }
            }
        }
        return false;
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
