package io.certdesk.crypto.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import io.certdesk.crypto.ExportOptions;
import io.certdesk.crypto.ExportProfile;
import io.certdesk.crypto.Pkcs12Engine;
import io.certdesk.crypto.Pkcs12Engines;
import io.certdesk.crypto.TrustSettings;
import io.certdesk.crypto.testing.Pkcs12Fixtures;
import io.certdesk.crypto.testing.TestPki;
import org.bouncycastle.crypto.digests.SHA1Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.PKCS12ParametersGenerator;
import org.bouncycastle.crypto.generators.PKCS5S2ParametersGenerator;
import org.bouncycastle.crypto.PBEParametersGenerator;

/**
 * Prints conversions per second on this machine for each export profile (read a portal-like file, complete
 * and verify the chain, export, read back, write owner-only) beside the raw cost of the key derivations the
 * PKCS#12 format forces. Not a test: run {@code releng/scripts/bench-p12.sh [seconds]}.
 */
public final class ConversionBenchmark {

    private static final char[] PORTAL_PASSWORD = "Portal-Retrieval-1".toCharArray();
    private static final char[] NEW_PASSWORD = "New-Password-2026".toCharArray();
    private static final int INPUT_ITERATIONS = 2_048;

    private ConversionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 10;
        System.out.printf(Locale.ROOT, "CertDesk PKCS#12 conversion benchmark: %s %s, %d cores, %s%n",
                System.getProperty("java.vm.name"), Runtime.version(), Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name"));
        TestPki pki = TestPki.shared();
        Pkcs12Engine engine = Pkcs12Engines.create(TestPki.BC);
        Path dir = Files.createTempDirectory("certdesk-bench");
        Path input = dir.resolve("EndUser.p12");
        Files.write(input, Pkcs12Fixtures.p12(engine, pki.leafKey.getPrivate(), pki.chain(),
                ExportOptions.builder(ExportProfile.COMPAT).iterations(INPUT_ITERATIONS).build(), PORTAL_PASSWORD));
        TrustSettings trust = TrustSettings.builder().trusted(List.of(pki.root)).build();

        double pbkdf2 = msPerRun(() -> new PKCS5S2ParametersGenerator(new SHA256Digest()), 256, seconds / 6);
        double macSha256 = msPerRun(() -> new PKCS12ParametersGenerator(new SHA256Digest()), 256, seconds / 6);
        double sha1Chain = msPerRun(() -> new PKCS12ParametersGenerator(new SHA1Digest()), 160, seconds / 6);
        System.out.printf(Locale.ROOT, "%nRaw key derivation at 10,000 iterations (best of 5 rounds):%n");
        System.out.printf(Locale.ROOT, "  PBKDF2-HMAC-SHA256, one 32-byte block           %7.2f ms%n", pbkdf2);
        System.out.printf(Locale.ROOT, "  PKCS#12 KDF SHA-256, 32 bytes (modern MAC key)  %7.2f ms%n", macSha256);
        System.out.printf(Locale.ROOT, "  PKCS#12 KDF SHA-1, one 20-byte block            %7.2f ms%n", sha1Chain);
        // A PBE-SHA1-3DES encryption derives a 24-byte key (2 SHA-1 blocks) and an 8-byte IV (1 block);
        // the SHA-1 MAC key is 1 block. A compat file therefore costs 2 x 3 + 1 = 7 SHA-1 blocks, a modern
        // file 2 PBKDF2 runs + 1 PKCS#12 SHA-256 run. A conversion reads the input, writes the output and
        // reads it back.
        double readInput = 7 * sha1Chain * INPUT_ITERATIONS / 10_000;
        System.out.printf(Locale.ROOT, "%nReading the portal-like input (compat, %,d iterations): 7 SHA-1 blocks = %.2f ms%n",
                INPUT_ITERATIONS, readInput);
        System.out.printf(Locale.ROOT, "Each output file is derived twice (export and read-back):%n");
        System.out.printf(Locale.ROOT, "  modern: 2 x (2 PBKDF2 + 1 MAC) = %.2f ms%n", 2 * (2 * pbkdf2 + macSha256));
        System.out.printf(Locale.ROOT, "  compat: 2 x 7 SHA-1 blocks     = %.2f ms%n", 2 * 7 * sha1Chain);
        System.out.printf(Locale.ROOT, "%n%-8s %14s %14s %22s %10s%n", "profile", "conversions/s", "ms/conversion",
                "forced KDF ms/conv.", "KDF share");
        for (ExportProfile profile : ExportProfile.values()) {
            double forced = readInput + 2 * (profile == ExportProfile.MODERN ? 2 * pbkdf2 + macSha256 : 7 * sha1Chain);
            ExportOptions options = ExportOptions.of(profile);
            run(engine, input, dir, options, trust, Math.min(2, seconds / 4));
            double best = 0;
            for (int round = 0; round < 3; round++) {
                double[] result = run(engine, input, dir, options, trust, seconds / 3);
                best = Math.max(best, result[0] / result[1]);
            }
            double ms = 1000 / best;
            System.out.printf(Locale.ROOT, "%-8s %14.1f %14.1f %22.1f %9.0f%%%n", profile.id(), best, ms, forced,
                    100 * forced / ms);
        }
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(dir);
    }

    /** Conversions done and seconds taken. */
    private static double[] run(Pkcs12Engine engine, Path input, Path dir, ExportOptions options, TrustSettings trust,
            double seconds) throws Exception {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        long start = System.nanoTime();
        int count = 0;
        while (System.nanoTime() < end) {
            Path out = dir.resolve("out.p12");
            engine.convert(input, PORTAL_PASSWORD, out, NEW_PASSWORD, options, trust, Instant.now());
            Files.delete(out);
            count++;
        }
        return new double[] { count, (System.nanoTime() - start) / 1e9 };
    }

    /** Best time of one derivation at 10,000 iterations over 5 rounds. */
    private static double msPerRun(Supplier<PBEParametersGenerator> generators, int keyBits, double seconds) {
        byte[] password = PBEParametersGenerator.PKCS5PasswordToUTF8Bytes(NEW_PASSWORD);
        byte[] salt = new byte[16];
        for (int warm = 0; warm < 20; warm++) {
            derive(generators.get(), password, salt, 10_000, keyBits);
        }
        double best = Double.MAX_VALUE;
        for (int round = 0; round < 5; round++) {
            long end = System.nanoTime() + (long) (seconds / 5 * 1e9);
            long start = System.nanoTime();
            int runs = 0;
            while (System.nanoTime() < end || runs < 5) {
                derive(generators.get(), password, salt, 10_000, keyBits);
                runs++;
            }
            best = Math.min(best, (System.nanoTime() - start) / 1e6 / runs);
        }
        return best;
    }

    private static void derive(PBEParametersGenerator generator, byte[] password, byte[] salt, int iterations,
            int keyBits) {
        generator.init(password, salt, iterations);
        generator.generateDerivedParameters(keyBits);
    }
}
