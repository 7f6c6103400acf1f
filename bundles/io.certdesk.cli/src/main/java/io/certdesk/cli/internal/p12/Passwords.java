package io.certdesk.cli.internal.p12;

import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.osgi.util.NLS;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

import io.certdesk.core.secrets.SecretReader;

/** Where the commands get passwords: a password file, or the terminal; never an argument. */
final class Passwords {

    private Passwords() {
    }

    /** The password of an input file. */
    static char[] input(Path passwordFile, SecretReader.Prompt prompt, Path file, CommandSpec spec) {
        if (passwordFile != null) {
            return PasswordFiles.firstLine(passwordFile);
        }
        return prompt.ask(NLS.bind(Messages.promptPassword, file.getFileName()))
                .orElseThrow(() -> new ParameterException(spec.commandLine(), Messages.noTerminalPassword));
    }

    /** A new password typed twice on the terminal. */
    static char[] typedTwice(SecretReader.Prompt prompt, CommandSpec spec) {
        char[] first = prompt.ask(Messages.promptNewPassword)
                .orElseThrow(() -> new ParameterException(spec.commandLine(), Messages.noTerminalNewPassword));
        char[] second = prompt.ask(Messages.promptNewPasswordAgain).orElse(new char[0]);
        try {
            if (!Arrays.equals(first, second)) {
                Arrays.fill(first, '\0');
                throw new IllegalArgumentException(Messages.passwordsDiffer);
            }
            return first;
        } finally {
            Arrays.fill(second, '\0');
        }
    }
}
