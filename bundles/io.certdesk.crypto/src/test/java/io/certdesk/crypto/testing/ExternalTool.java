package io.certdesk.crypto.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a real external program. A missing program fails the test with the Debian package to install
 * (CI installs releng/test-packages.txt); interop tests are never skipped.
 */
public final class ExternalTool {

    /** Output and exit code of one run. */
    public record Result(int exitCode, String output) {
    }

    private final Path executable;

    private ExternalTool(Path executable) {
        this.executable = executable;
    }

    /** The program on the PATH, or a failed test naming the package. */
    public static ExternalTool require(String program, String debianPackage) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                return new ExternalTool(candidate);
            }
        }
        return fail(program + " was not found on the PATH. Install the Debian package '" + debianPackage
                + "' (apt-get install " + debianPackage + "; CI installs releng/test-packages.txt).");
    }

    /** A program at a known location (keytool of the build's JDK). */
    public static ExternalTool at(Path executable, String hint) {
        if (!Files.isExecutable(executable)) {
            fail(executable + " is missing: " + hint);
        }
        return new ExternalTool(executable);
    }

    /** Runs with the arguments, feeding {@code stdin} (may be null), C locale, 60 s limit. */
    public Result run(String stdin, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(executable.toString());
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("LC_ALL", "C");
        builder.environment().put("LANG", "C");
        Process process = builder.start();
        try (OutputStream in = process.getOutputStream()) {
            if (stdin != null) {
                in.write(stdin.getBytes(StandardCharsets.US_ASCII));
            }
        }
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail(command + " did not finish within 60 s");
        }
        return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    /** Like {@link #run} but fails the test unless the exit code is 0. */
    public String runOk(String stdin, String... arguments) throws IOException, InterruptedException {
        Result result = run(stdin, arguments);
        if (result.exitCode() != 0) {
            fail(executable.getFileName() + " " + String.join(" ", arguments) + " exited with " + result.exitCode()
                    + ":\n" + result.output());
        }
        return result.output();
    }
}
