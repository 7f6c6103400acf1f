package io.certdesk.crypto.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;

import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.PBEParametersGenerator;
import org.bouncycastle.crypto.digests.SHA1Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SHA512Digest;
import org.bouncycastle.crypto.generators.PKCS12ParametersGenerator;
import org.bouncycastle.crypto.generators.PKCS5S2ParametersGenerator;
import org.bouncycastle.crypto.params.KeyParameter;
import org.junit.jupiter.api.Test;

/** The JDK-based key derivations give exactly Bouncy Castle's results, on many passwords, salts and lengths. */
class JdkKdfTest {

    private static final Random RANDOM = new Random(20261203);

    @Test
    void pkcs12KdfIsBouncyCastles() throws Exception {
        for (int round = 0; round < 200; round++) {
            char[] password = password(round % 7 == 0 ? 0 : 1 + RANDOM.nextInt(70));
            byte[] salt = bytes(RANDOM.nextInt(5) == 0 ? RANDOM.nextInt(3) : 1 + RANDOM.nextInt(140));
            int iterations = 1 + RANDOM.nextInt(40);
            int purpose = 1 + RANDOM.nextInt(3);
            int length = 1 + RANDOM.nextInt(90);
            String[] names = { "SHA-1", "SHA-256", "SHA-512" };
            Digest[] digests = { new SHA1Digest(), new SHA256Digest(), new SHA512Digest() };
            int which = RANDOM.nextInt(3);
            PKCS12ParametersGenerator generator = new PKCS12ParametersGenerator(digests[which]);
            generator.init(PBEParametersGenerator.PKCS12PasswordToBytes(password), salt, iterations);
            byte[] expected = bc(generator, purpose, length);
            assertArrayEquals(expected, JdkKdf.pkcs12(names[which], password, salt, iterations, purpose, length),
                    () -> names[which] + " purpose " + purpose + " length " + length + " password "
                            + password.length + " salt " + salt.length);
        }
    }

    @Test
    void pkcs12KdfAtExportIterations() throws Exception {
        char[] password = "Export-Passw0rd\u3042".toCharArray();
        byte[] salt = bytes(20);
        PKCS12ParametersGenerator generator = new PKCS12ParametersGenerator(new SHA1Digest());
        generator.init(PBEParametersGenerator.PKCS12PasswordToBytes(password), salt, 10_000);
        assertArrayEquals(((KeyParameter) generator.generateDerivedParameters(192)).getKey(),
                JdkKdf.pkcs12("SHA-1", password, salt, 10_000, JdkKdf.KEY, 24));
    }

    @Test
    void pbkdf2IsBouncyCastles() throws Exception {
        for (int round = 0; round < 40; round++) {
            char[] password = password(1 + RANDOM.nextInt(40));
            byte[] salt = bytes(1 + RANDOM.nextInt(32));
            int iterations = 1 + RANDOM.nextInt(3000);
            int length = 1 + RANDOM.nextInt(64);
            PKCS5S2ParametersGenerator generator = new PKCS5S2ParametersGenerator(new SHA256Digest());
            generator.init(PBEParametersGenerator.PKCS5PasswordToUTF8Bytes(password), salt, iterations);
            assertArrayEquals(((KeyParameter) generator.generateDerivedParameters(length * 8)).getKey(),
                    JdkKdf.pbkdf2("SHA-256", password, salt, iterations, length));
        }
    }

    @Test
    void pbkdf2IsBouncyCastlesAndSunJcesForEveryDigestLongPasswordsAndSeveralBlocks() throws Exception {
        String[] names = { "SHA-1", "SHA-256", "SHA-512" };
        for (int round = 0; round < 60; round++) {
            int which = round % 3;
            Digest digest = switch (which) {
                case 0 -> new SHA1Digest();
                case 1 -> new SHA256Digest();
                default -> new SHA512Digest();
            };
            // up to 90 characters, some of them Japanese (3 UTF-8 bytes each): keys longer than a digest block too
            char[] password = password(1 + RANDOM.nextInt(90));
            byte[] salt = bytes(RANDOM.nextInt(40));
            int iterations = 1 + RANDOM.nextInt(500);
            int length = 1 + RANDOM.nextInt(150); // several output blocks
            PKCS5S2ParametersGenerator generator = new PKCS5S2ParametersGenerator(digest);
            generator.init(PBEParametersGenerator.PKCS5PasswordToUTF8Bytes(password), salt, iterations);
            byte[] expected = ((KeyParameter) generator.generateDerivedParameters(length * 8)).getKey();
            String what = names[which] + " password " + password.length + " salt " + salt.length + " iterations "
                    + iterations + " length " + length;
            assertArrayEquals(expected, JdkKdf.pbkdf2(names[which], password, salt, iterations, length), what);
            if (salt.length > 0) { // SunJCE refuses an empty salt
                assertArrayEquals(expected, JdkKdf.sunJcePbkdf2(names[which], password, salt, iterations, length), what);
            }
        }
    }

    @Test
    void pbkdf2AtExportIterationsWithAnEmptyPassword() throws Exception {
        byte[] salt = bytes(16);
        PKCS5S2ParametersGenerator generator = new PKCS5S2ParametersGenerator(new SHA256Digest());
        generator.init(new byte[0], salt, 10_000);
        byte[] expected = ((KeyParameter) generator.generateDerivedParameters(256)).getKey();
        char[] empty = new char[0];
        try {
            assertArrayEquals(expected, JdkKdf.pbkdf2("SHA-256", empty, salt, 10_000, 32));
        } catch (java.security.GeneralSecurityException refused) {
            // SunJCE (which derives for an empty password) may refuse one: then so does the engine, as before
            assertThrows(java.security.GeneralSecurityException.class,
                    () -> JdkKdf.sunJcePbkdf2("SHA-256", empty, salt, 10_000, 32));
        }
        char[] password = "Export-Passw0rd\u3042".toCharArray();
        generator.init(PBEParametersGenerator.PKCS5PasswordToUTF8Bytes(password), salt, 10_000);
        assertArrayEquals(((KeyParameter) generator.generateDerivedParameters(256)).getKey(),
                JdkKdf.pbkdf2("SHA-256", password, salt, 10_000, 32));
    }

    private static byte[] bc(PKCS12ParametersGenerator generator, int purpose, int length) {
        return switch (purpose) {
            case JdkKdf.KEY -> ((KeyParameter) generator.generateDerivedParameters(length * 8)).getKey();
            case JdkKdf.MAC -> ((KeyParameter) generator.generateDerivedMacParameters(length * 8)).getKey();
            default -> {
                // the IV purpose: Bouncy Castle derives it with the key; ask for a zero-length key and this IV
                var withIv = (org.bouncycastle.crypto.params.ParametersWithIV) generator
                        .generateDerivedParameters(8, length * 8);
                yield withIv.getIV();
            }
        };
    }

    private static char[] password(int length) {
        char[] password = new char[length];
        for (int i = 0; i < length; i++) {
            password[i] = RANDOM.nextInt(4) == 0 ? (char) (0x3040 + RANDOM.nextInt(0x60)) : (char) (0x21 + RANDOM.nextInt(94));
        }
        return password;
    }

    private static byte[] bytes(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
