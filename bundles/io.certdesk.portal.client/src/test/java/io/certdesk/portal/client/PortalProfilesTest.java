package io.certdesk.portal.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.certdesk.core.errors.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortalProfilesTest {

    @TempDir
    Path dir;

    @Test
    void theReferenceProfileDescribesTheReferencePortal() {
        PortalProfile reference = PortalProfiles.reference();
        assertEquals(URI.create("https://127.0.0.1:8443/download"), reference.downloadUrl());
        assertEquals("certNumber", reference.numberField());
        assertEquals("application/x-pkcs12", reference.contentType());
        assertEquals(40, reference.renewalWindowDays());
        assertTrue(reference.answerPattern(PortalAnswer.NOT_AVAILABLE).matcher(
                "\u8a3c\u660e\u66f8\u304c\u4f5c\u6210\u3055\u308c\u3066\u3044\u306a\u3044\u304b\u3001\u65e2\u306b\u30c0\u30a6\u30f3\u30ed\u30fc\u30c9\u3055\u308c\u3066\u3044\u307e\u3059\u3002")
                .find());
        assertEquals("reference", reference.source());
    }

    @Test
    void aProfileFileStatesWhatDiffersInUtf8WithRelativeFiles() throws Exception {
        Files.writeString(dir.resolve("proxy-ca.pem"), "-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n");
        Path file = dir.resolve("bank.properties");
        Files.writeString(file, """
                # Another portal of the same shape
                name = \u3042\u308b\u9280\u884c\u306e\u30dd\u30fc\u30bf\u30eb
                base.url = https://certs.example.jp/issue/
                download.path = cgi-bin/get.cgi
                field.group = GROUP_ID
                field.number = CERT_NO
                field.password = PASSWD
                answer.busy = \u30b7\u30b9\u30c6\u30e0\u304c\u6df7\u96d1
                renewal.window.days = 28
                tls.ca.files = proxy-ca.pem
                """);
        PortalProfile profile = PortalProfiles.load(file);
        assertEquals("\u3042\u308b\u9280\u884c\u306e\u30dd\u30fc\u30bf\u30eb", profile.name());
        assertEquals(URI.create("https://certs.example.jp/issue/cgi-bin/get.cgi"), profile.downloadUrl());
        assertEquals("CERT_NO", profile.numberField());
        assertEquals(28, profile.renewalWindowDays());
        assertEquals(List.of(dir.resolve("proxy-ca.pem")), profile.tlsCaFiles());
        assertTrue(profile.answerPattern(PortalAnswer.BUSY).matcher("\u30b7\u30b9\u30c6\u30e0\u304c\u6df7\u96d1\u3057\u3066\u3044\u307e\u3059").find());
        assertEquals("application/x-pkcs12", profile.contentType(), "inherited from the reference profile");
    }

    private PortalClientException invalid(String content) throws Exception {
        Path file = dir.resolve("bad.properties");
        Files.writeString(file, content);
        PortalClientException e = assertThrows(PortalClientException.class, () -> PortalProfiles.load(file));
        assertEquals(ErrorCode.STORE_SETTINGS_INVALID, e.code());
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        return e;
    }

    @Test
    void mistakesNameTheFileAndTheEntry() throws Exception {
        assertTrue(invalid("answer.locked = ([unclosed\n").getMessage().contains("answer.locked"));
        assertTrue(invalid("base.url = http://plain.example.jp/\n").getMessage().contains("https://"));
        assertTrue(invalid("tls.ca.files = missing.pem\n").getMessage().contains("missing.pem"));
        assertTrue(invalid("renewal.window.days = soon\n").getMessage().contains("renewal.window.days"));
        assertTrue(invalid("field.password = pass word\n").getMessage().contains("field.password"));
        PortalClientException missing = assertThrows(PortalClientException.class,
                () -> PortalProfiles.load(dir.resolve("nothing.properties")));
        assertTrue(missing.getMessage().contains("nothing.properties"), missing.getMessage());
    }
}
