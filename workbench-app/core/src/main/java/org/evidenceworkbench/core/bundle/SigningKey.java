package org.evidenceworkbench.core.bundle;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;

/** A private key and its certificate, from the workstation's keystore or a force's. */
public record SigningKey(PrivateKey privateKey, X509Certificate certificate, String origin) {
}
