package io.certdesk.product.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** A finished process: exit code, output, error output and how long it ran. */
record CommandResult(int exit, String out, String err, Duration elapsed) {

    /** Runs a command to completion (killed after the timeout), with changes to its environment. */
    static CommandResult run(Duration timeout, Consumer<Map<String, String>> environment, String... command)
            throws IOException, InterruptedException {
        Path dir = Products.work();
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(List.of(command)).redirectOutput(out.toFile())
                .redirectError(err.toFile());
        environment.accept(builder.environment());
        long start = System.nanoTime();
        Process process = builder.start();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError(String.join(" ", command) + " did not finish within " + timeout + "\nstdout:\n"
                    + Files.readString(out, StandardCharsets.UTF_8) + "\nstderr:\n"
                    + Files.readString(err, StandardCharsets.UTF_8));
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        CommandResult result = new CommandResult(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8), elapsed);
        Files.delete(out);
        Files.delete(err);
        return result;
    }

    static List<String> command(Path script, String... args) {
        List<String> command = new ArrayList<>();
        command.add(script.toString());
        command.addAll(List.of(args));
        return command;
    }

    @Override
    public String toString() {
        return "exit " + exit + " after " + elapsed.toMillis() + " ms\n--- stdout\n" + out + "--- stderr\n" + err;
    }
}
