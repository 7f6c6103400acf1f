package io.certdesk.crypto.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.List;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.crypto.ExportOptions;
import io.certdesk.crypto.ExportProfile;
import io.certdesk.crypto.Pkcs12Contents;
import io.certdesk.crypto.Pkcs12Exception;
import io.certdesk.crypto.testing.TestPki;
import org.junit.jupiter.api.Test;

/**
 * The read-back of a written file finds every key the writing derived (no derivation twice), and the memo gives
 * nothing for another password.
 */
class ReadBackTest {

    private static final char[] PASSWORD = "Read-Back-2026".toCharArray();

    @Test
    void readBackDerivesNothingAgainAndAWrongPasswordStillFails() throws Exception {
        TestPki pki = TestPki.shared();
        SecureRandom random = new SecureRandom();
        Pkcs12Writer writer = new Pkcs12Writer(random);
        Pkcs12Reader reader = new Pkcs12Reader(TestPki.BC, random);
        for (ExportProfile profile : ExportProfile.values()) {
            try (DerivedKeys memo = DerivedKeys.forPassword(PASSWORD)) {
                byte[] file = writer.write(pki.leafKey.getPrivate(), List.of(pki.leaf, pki.issuing, pki.root), true,
                        ExportOptions.of(profile), PASSWORD, "test", memo);
                int derived = memo.size();
                // modern: one PBKDF2 key for both encrypted parts (they share the file's salt) and the MAC key;
                // compat: each part's key and IV, and the MAC key
                assertEquals(profile == ExportProfile.MODERN ? 2 : 5, derived, profile + ": keys derived");
                Pkcs12Contents copy = reader.read(file, "test", PASSWORD, memo);
                assertEquals(pki.leaf, copy.certificate());
                assertEquals(derived, memo.size(), profile + ": the read-back derived again");
                Pkcs12Exception wrong = assertThrows(Pkcs12Exception.class,
                        () -> reader.read(file, "test", "Read-Back-2027".toCharArray(), memo));
                assertEquals(ErrorCode.P12_WRONG_PASSWORD, wrong.code());
                assertEquals(pki.leaf, reader.read(file, "test", PASSWORD.clone(), DerivedKeys.none()).certificate());
            }
        }
    }

    @Test
    void anRsaKeyIsReadByTheJdkWithoutBouncyCastlesPrimalityTestAndStaysTheSameKey() throws Exception {
        TestPki pki = TestPki.shared();
        SecureRandom random = new SecureRandom();
        byte[] file = new Pkcs12Writer(random).write(pki.leafKey.getPrivate(), List.of(pki.leaf, pki.issuing, pki.root),
                true, ExportOptions.of(ExportProfile.MODERN), PASSWORD, "test", DerivedKeys.none());
        Pkcs12Contents contents = new Pkcs12Reader(TestPki.BC, random).read(file, "test", PASSWORD.clone(),
                DerivedKeys.none());
        assertTrue(contents.privateKey() instanceof java.security.interfaces.RSAPrivateCrtKey, contents.privateKey()
                .getClass().getName());
        assertTrue(!contents.privateKey().getClass().getName().startsWith("org.bouncycastle."),
                "Bouncy Castle's RSA key tests its modulus for primality at every read: "
                        + contents.privateKey().getClass().getName());
        assertEquals(pki.leafKey.getPrivate().getAlgorithm(), contents.privateKey().getAlgorithm());
        assertTrue(java.util.Arrays.equals(pki.leafKey.getPrivate().getEncoded(), contents.privateKey().getEncoded()),
                "the key read is the key written");
    }
}
