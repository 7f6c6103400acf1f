package io.certdesk.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.certdesk.crypto.testing.TestPki;
import org.junit.jupiter.api.Test;

class CertificateSummaryTest {

    @Test
    void summaryShowsWhatTheResultScreenNeeds() {
        TestPki pki = TestPki.shared();
        CertificateSummary summary = CertificateSummary.of(pki.leaf);
        assertEquals(List.of("\u30c6\u30b9\u30c8\u682a\u5f0f\u4f1a\u793e"), summary.subject().organizations());
        assertEquals(List.of("\u7d4c\u7406\u90e8"), summary.subject().organizationalUnits());
        assertEquals(List.of("\u5c71\u7530 \u592a\u90ce"), summary.subject().commonNames());
        assertEquals(List.of("CertDesk Test Issuing CA 1"), summary.issuer().commonNames());
        assertEquals(pki.leaf.getSerialNumber().toString(16).toUpperCase(), summary.serialHex());
        assertEquals("RSA", summary.keyType());
        assertEquals(2048, summary.keySize());
        assertEquals(List.of("digitalSignature", "keyEncipherment"), summary.keyUsage());
        assertEquals(List.of("clientAuth", "emailProtection"), summary.extendedKeyUsage());
        assertEquals(40, summary.sha1().length());
        assertEquals(64, summary.sha256().length());
        assertTrue(summary.sha1Grouped().matches("([0-9A-F]{8} ){4}[0-9A-F]{8}"), summary.sha1Grouped());
        assertEquals(366, summary.daysToExpiry(summary.notBefore().plus(Duration.ofDays(1))));
        assertEquals(0, summary.daysToExpiry(summary.notAfter().minusSeconds(60)));
        assertEquals(-1, summary.daysToExpiry(summary.notAfter().plusSeconds(60)));
    }

    @Test
    void fingerprintsAcceptVendorFormats() {
        assertEquals("AABBCCDD 11223344 55", Fingerprints.grouped("aa:bb:cc:dd:11:22:33:44:55"));
        assertEquals("AABB", Fingerprints.normalize("aa bb"));
    }

    @Test
    void friendlyNameTemplateUsesNameAndCertificateNumber() {
        TestPki pki = TestPki.shared();
        FriendlyNameTemplate template = FriendlyNameTemplate.of("{o} {cn} {certNumber}", Map.of("certNumber", "0042"));
        assertEquals("\u30c6\u30b9\u30c8\u682a\u5f0f\u4f1a\u793e \u5c71\u7530 \u592a\u90ce 0042", template.render(pki.leaf));
        assertEquals(true, assertThrowsIllegal("{nosuch}"));
    }

    private static boolean assertThrowsIllegal(String template) {
        try {
            FriendlyNameTemplate.of(template, Map.of());
            return false;
        } catch (IllegalArgumentException e) {
            return e.getMessage().contains("{nosuch}");
        }
    }
}
