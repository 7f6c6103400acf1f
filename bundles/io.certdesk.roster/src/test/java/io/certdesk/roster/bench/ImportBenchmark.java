package io.certdesk.roster.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import io.certdesk.roster.ImportOptions;
import io.certdesk.roster.ImportResult;
import io.certdesk.roster.RosterGenerator;
import io.certdesk.roster.internal.DefaultRosterReader;

/**
 * Imports a generated roster of N rows (default 100,000) and prints rows per second and the peak heap
 * (from the heap pools' peak usage, reset after the file is generated). Run by releng/scripts/bench-roster.sh
 * with -Xmx512m: {@code ImportBenchmark [ROWS] [FILE]}.
 */
public final class ImportBenchmark {

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path file = args.length > 1 ? Path.of(args[1]) : Files.createTempFile("certdesk-bench-", ".xlsx");
        Files.deleteIfExists(file);
        long generateStart = System.nanoTime();
        RosterGenerator.generate(file, rows);
        System.out.printf(Locale.ROOT, "generated %,d rows in %.1f s (%,d bytes)%n", rows,
                (System.nanoTime() - generateStart) / 1e9, Files.size(file));
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long gcBefore = gcMillis();
        long start = System.nanoTime();
        ImportResult result = new DefaultRosterReader().read(file, ImportOptions.defaults());
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        long max = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax();
        System.out.printf(Locale.ROOT, "imported %,d rows (%d accepted, %d warned, %d rejected) in %.2f s: %,.0f rows/s%n",
                result.entries().size(), result.accepted(), result.warned(), result.rejected(), seconds,
                result.entries().size() / seconds);
        System.out.printf(Locale.ROOT, "peak heap %.1f MiB of max %.1f MiB; GC time %d ms%n", peak / 1048576.0,
                max / 1048576.0, gcMillis() - gcBefore);
        result.clearSecrets();
        if (args.length < 2) {
            Files.deleteIfExists(file);
        }
        if (result.entries().size() != rows || result.rejected() != 0) {
            System.err.println("unexpected result: " + result.summary());
            System.exit(1);
        }
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }
}
