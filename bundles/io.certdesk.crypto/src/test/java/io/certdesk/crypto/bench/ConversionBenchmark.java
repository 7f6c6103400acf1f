package io.certdesk.crypto.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

import io.certdesk.crypto.CertificateChain;
import io.certdesk.crypto.ExportOptions;
import io.certdesk.crypto.ExportProfile;
import io.certdesk.crypto.Pkcs12Engine;
import io.certdesk.crypto.Pkcs12Contents;
import io.certdesk.crypto.Pkcs12Engines;
import io.certdesk.crypto.Pkcs12Exception;
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
 * PKCS#12 format forces (reading the input and writing the output once, each derivation on the faster of Bouncy
 * Castle and the JDK) and the ratio of the two (goal: at most 1.5), all in this thread's CPU time. Not a test: run
 * {@code releng/scripts/bench-p12.sh [seconds]}.
 */
public final class ConversionBenchmark {

    private static final char[] PORTAL_PASSWORD = "Portal-Retrieval-1".toCharArray();
    private static final char[] NEW_PASSWORD = "New-Password-2026".toCharArray();
    private static final int INPUT_ITERATIONS = 2_048;
    /** Times are this thread's CPU time: on a shared machine wall time measures the neighbours too. */
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

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

        // The floor: the key derivations the format forces, each on the faster of Bouncy Castle's portable code and
        // the JDK's (which uses the processor's SHA instructions where it has them), at 10,000 iterations.
        double pbkdf2 = Math.min(msPerRun(() -> new PKCS5S2ParametersGenerator(new SHA256Digest()), 256, seconds / 8),
                msPerRun(ConversionBenchmark::jdkPbkdf2, seconds / 8));
        double macSha256 = Math.min(msPerRun(() -> new PKCS12ParametersGenerator(new SHA256Digest()), 256, seconds / 8),
                msPerRun(() -> jdkPkcs12Block("SHA-256"), seconds / 8));
        double sha1Block = Math.min(msPerRun(() -> new PKCS12ParametersGenerator(new SHA1Digest()), 160, seconds / 8),
                msPerRun(() -> jdkPkcs12Block("SHA-1"), seconds / 8));
        System.out.printf(Locale.ROOT, "%nRaw key derivation at 10,000 iterations, CPU time (faster of BC and JDK, median of 5 rounds):%n");
        System.out.printf(Locale.ROOT, "  PBKDF2-HMAC-SHA256, one 32-byte block           %7.2f ms%n", pbkdf2);
        System.out.printf(Locale.ROOT, "  PKCS#12 KDF SHA-256, 32 bytes (modern MAC key)  %7.2f ms%n", macSha256);
        System.out.printf(Locale.ROOT, "  PKCS#12 KDF SHA-1, one 20-byte block            %7.2f ms%n", sha1Block);
        // A PBE-SHA1-3DES encryption derives a 24-byte key (2 SHA-1 blocks) and an 8-byte IV (1 block);
        // the SHA-1 MAC key is 1 block. A compat file therefore costs 2 x 3 + 1 = 7 SHA-1 blocks, a modern
        // file 1 PBKDF2 run (its two PBES2 parts share the file's salt) + 1 PKCS#12 SHA-256 run. A conversion must
        // read the input and write the output once;
        // checking what it wrote (the read-back) is not forced work.
        double readInput = 7 * sha1Block * INPUT_ITERATIONS / 10_000;
        System.out.printf(Locale.ROOT, "%nForced per conversion: reading the portal-like input (compat, %,d iterations, 7 SHA-1 blocks) %.2f ms%n",
                INPUT_ITERATIONS, readInput);
        System.out.printf(Locale.ROOT, "  + writing modern: 1 PBKDF2 + 1 MAC = %.2f ms%n", pbkdf2 + macSha256);
        System.out.printf(Locale.ROOT, "  + writing compat: 7 SHA-1 blocks   = %.2f ms%n", 7 * sha1Block);
        System.out.printf(Locale.ROOT, "%nCPU ms per operation beside the derivations it forces (goal: ratio <= 1.5):%n");
        System.out.printf(Locale.ROOT, "%-8s %-44s %10s %10s %8s%n", "profile", "operation", "CPU ms", "forced ms",
                "ratio");
        Pkcs12Contents contents = engine.read(input, PORTAL_PASSWORD);
        CertificateChain chain = engine.completeChain(contents, trust);
        for (ExportProfile profile : ExportProfile.values()) {
            double write = profile == ExportProfile.MODERN ? pbkdf2 + macSha256 : 7 * sha1Block;
            ExportOptions options = ExportOptions.of(profile);
            Runnable export = () -> {
                try {
                    engine.export(contents, chain, options, NEW_PASSWORD);
                } catch (Pkcs12Exception e) {
                    throw new IllegalStateException(e);
                }
            };
            double exportMs = msPerOperation(export, seconds / 2);
            System.out.printf(Locale.ROOT, "%-8s %-44s %10.2f %10.2f %8.2f%n", profile.id(),
                    "export (write + read-back)", exportMs, write, exportMs / write);
            Runnable conversion = () -> {
                try {
                    Path out = dir.resolve("out.p12");
                    engine.convert(input, PORTAL_PASSWORD, out, NEW_PASSWORD, options, trust, Instant.now());
                    Files.delete(out);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            };
            double conversionMs = msPerOperation(conversion, seconds / 2);
            System.out.printf(Locale.ROOT, "%-8s %-44s %10.2f %10.2f %8.2f%n", profile.id(),
                    "conversion (read, chain, verify, export, file)", conversionMs, readInput + write,
                    conversionMs / (readInput + write));
        }
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(dir);
    }

    /** CPU time of one Bouncy Castle derivation at 10,000 iterations. */
    private static double msPerRun(Supplier<PBEParametersGenerator> generators, int keyBits, double seconds) {
        byte[] password = PBEParametersGenerator.PKCS5PasswordToUTF8Bytes(NEW_PASSWORD);
        byte[] salt = new byte[16];
        return msPerRun(() -> derive(generators.get(), password, salt, 10_000, keyBits), seconds);
    }

    /** Median CPU time of one run of {@code work} over 5 rounds, after a warm-up. */
    private static double msPerOperation(Runnable work, double seconds) {
        for (int warm = 0; warm < 20; warm++) {
            work.run();
        }
        double[] rounds = new double[5];
        for (int round = 0; round < rounds.length; round++) {
            long end = System.nanoTime() + (long) (seconds / rounds.length * 1e9);
            long start = CPU.getCurrentThreadCpuTime();
            int runs = 0;
            while (System.nanoTime() < end || runs < 3) {
                work.run();
                runs++;
            }
            rounds[round] = (CPU.getCurrentThreadCpuTime() - start) / 1e6 / runs;
        }
        java.util.Arrays.sort(rounds);
        return rounds[rounds.length / 2];
    }

    /** Median CPU time of one run of {@code work} over 5 rounds, after a warm-up (as for the operations). */
    private static double msPerRun(Runnable work, double seconds) {
        return msPerOperation(work, seconds);
    }

    /** The JDK's PBKDF2-HMAC-SHA256, one 32-byte block at 10,000 iterations. */
    private static void jdkPbkdf2() {
        try {
            SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new PBEKeySpec(NEW_PASSWORD, new byte[16], 10_000, 256)).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One block of the PKCS#12 KDF at 10,000 iterations on the JDK's digest: the hashing it cannot avoid. */
    private static void jdkPkcs12Block(String digest) {
        try {
            MessageDigest md = MessageDigest.getInstance(digest);
            byte[] block = new byte[md.getDigestLength()];
            md.update(new byte[64]);
            md.update(new byte[128]);
            md.digest(block, 0, block.length);
            for (int i = 1; i < 10_000; i++) {
                md.update(block);
                md.digest(block, 0, block.length);
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void derive(PBEParametersGenerator generator, byte[] password, byte[] salt, int iterations,
            int keyBits) {
        generator.init(password, salt, iterations);
        generator.generateDerivedParameters(keyBits);
    }
}
