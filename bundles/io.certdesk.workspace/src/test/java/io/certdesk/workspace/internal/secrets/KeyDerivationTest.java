package io.certdesk.workspace.internal.secrets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * libargon2 (through JNA) and Bouncy Castle give the same Argon2id output: RFC 9106's test vector, the workspace's
 * parameter sets and passphrases in several scripts. On the platforms argon2-jvm ships a library for, the native one
 * must be the one chosen; elsewhere, and whenever it cannot load, Bouncy Castle is.
 */
class KeyDerivationTest {

    private static final byte[] NONE = new byte[0];

    @Test
    void bothImplementationsGiveRfc9106sTestVector() {
        assertTrue(Argon2idChoice.givesKnownAnswer(new BouncyCastleArgon2id()), "Bouncy Castle");
        assumeTrue(shippedHere(), "no libargon2 in argon2-jvm for this platform"); //$NON-NLS-1$
        assertTrue(Argon2idChoice.givesKnownAnswer(NativeArgon2id.load()), "libargon2");
    }

    /** The product's platforms, for all of which argon2-jvm ships libargon2. */
    static boolean shippedHere() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT); //$NON-NLS-1$
        String arch = System.getProperty("os.arch"); //$NON-NLS-1$
        return os.startsWith("linux") && arch.equals("amd64") || os.startsWith("windows") && arch.equals("amd64") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                || os.startsWith("mac") && arch.equals("aarch64"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void theNativeLibraryIsChosenWhereArgon2JvmShipsOne() {
        assumeTrue(shippedHere(), "no libargon2 in argon2-jvm for this platform"); //$NON-NLS-1$
        assertEquals(NativeArgon2id.NAME, KeyDerivation.implementation());
    }

    static Stream<Arguments> parametersAndPassphrases() {
        KdfParameters[] parameters = { KdfParameters.DEFAULT, new KdfParameters(KdfParameters.MIN_MEMORY_KIB, 2, 1),
                new KdfParameters(32 * 1024, 3, 2), new KdfParameters(20 * 1024, 2, 16),
                new KdfParameters(19 * 1024 + 7, 4, 3) };
        String[] passphrases = { "correct horse battery staple", //$NON-NLS-1$
                "\u5408\u8a00\u8449\u306f\u5c71\u7530\u592a\u90ce\u3067\u3059", // 合言葉は山田太郎です
                "\uff30\uff41\uff53\uff53\u30d1\u30b9\u30ef\u30fc\u30c9\u3000\u2460\ud83d\udd11", // full-width, ideographic space, circled digit, emoji
                "" };
        Stream.Builder<Arguments> cases = Stream.builder();
        for (int i = 0; i < parameters.length; i++) {
            cases.add(Arguments.of(parameters[i], passphrases[i % passphrases.length]));
        }
        cases.add(Arguments.of(KdfParameters.DEFAULT, passphrases[1]));
        return cases.build();
    }

    @ParameterizedTest
    @MethodSource("parametersAndPassphrases")
    void nativeAndBouncyCastleDeriveTheSameKey(KdfParameters parameters, String passphrase) {
        assumeTrue(shippedHere(), "no libargon2 in argon2-jvm for this platform"); //$NON-NLS-1$
        byte[] password = passphrase.getBytes(StandardCharsets.UTF_8);
        byte[] salt = HexFormat.of().parseHex("00112233445566778899aabbccddeeff"); //$NON-NLS-1$
        byte[] java = new byte[KeyDerivation.KEY_LENGTH];
        byte[] c = new byte[KeyDerivation.KEY_LENGTH];
        new BouncyCastleArgon2id().hash(password.clone(), salt, NONE, NONE, parameters.memoryKiB(),
                parameters.iterations(), parameters.parallelism(), java);
        NativeArgon2id.load().hash(password.clone(), salt, NONE, NONE, parameters.memoryKiB(), parameters.iterations(),
                parameters.parallelism(), c);
        assertArrayEquals(java, c, parameters + " " + passphrase);
        assertFalse(Arrays.equals(java, new byte[java.length]));
        assertArrayEquals(java, KeyDerivation.derive(passphrase.toCharArray(), salt, parameters), "KeyDerivation");
    }

    @Test
    void theCallersArraysAreLeftAsTheyWere() {
        assumeTrue(shippedHere(), "no libargon2 in argon2-jvm for this platform"); //$NON-NLS-1$
        byte[] password = "\u5c71\u7530".getBytes(StandardCharsets.UTF_8);
        byte[] copy = password.clone();
        byte[] salt = new byte[16];
        NativeArgon2id.load().hash(password, salt, NONE, NONE, 19 * 1024, 2, 1, new byte[32]);
        assertArrayEquals(copy, password, "libargon2 wipes its own native copy, not the caller's array");
        assertArrayEquals(new byte[16], salt);
    }

    @Test
    void fallsBackToBouncyCastleWhenTheNativeLibraryCannotLoad() {
        Argon2idChoice choice = Argon2idChoice.choose(() -> {
            throw new UnsatisfiedLinkError("Unable to load library 'argon2'"); //$NON-NLS-1$
        }, false);
        assertEquals(BouncyCastleArgon2id.NAME, choice.implementation().name());
        assertTrue(choice.reason().contains("Unable to load library"), choice.reason());

        Argon2idChoice noJna = Argon2idChoice.choose(() -> {
            throw new NoClassDefFoundError("com/sun/jna/Library"); //$NON-NLS-1$
        }, false);
        assertEquals(BouncyCastleArgon2id.NAME, noJna.implementation().name());
    }

    @Test
    void fallsBackToBouncyCastleWhenTheNativeLibraryGivesAWrongAnswer() {
        Argon2id wrong = new Argon2id() {
            @Override
            public void hash(byte[] password, byte[] salt, byte[] secret, byte[] associatedData, int memoryKiB,
                    int iterations, int parallelism, byte[] out) {
                Arrays.fill(out, (byte) 1);
            }

            @Override
            public String name() {
                return "wrong"; //$NON-NLS-1$
            }
        };
        Argon2idChoice choice = Argon2idChoice.choose(() -> wrong, false);
        assertEquals(BouncyCastleArgon2id.NAME, choice.implementation().name());
        assertTrue(choice.reason().contains("RFC 9106"), choice.reason());
    }

    @Test
    void bouncyCastleOnRequest() {
        assertEquals(BouncyCastleArgon2id.NAME, Argon2idChoice.choose(NativeArgon2id::load, true).implementation().name());
        assumeTrue(shippedHere(), "no libargon2 in argon2-jvm for this platform"); //$NON-NLS-1$
        assertEquals(NativeArgon2id.NAME, Argon2idChoice.choose(NativeArgon2id::load, false).implementation().name());
    }
}
