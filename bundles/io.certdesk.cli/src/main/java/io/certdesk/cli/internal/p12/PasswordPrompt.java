package io.certdesk.cli.internal.p12;

import java.io.Console;
import java.util.Optional;

/** Asks for a password on the terminal without echo; empty when there is no terminal. */
@FunctionalInterface
interface PasswordPrompt {

    Optional<char[]> ask(String prompt);

    /** The process's console, if any. */
    static PasswordPrompt console() {
        return prompt -> {
            Console console = System.console();
            return console == null ? Optional.empty() : Optional.ofNullable(console.readPassword("%s", prompt)); //$NON-NLS-1$
        };
    }

    /** No terminal: every prompt fails. */
    static PasswordPrompt none() {
        return prompt -> Optional.empty();
    }
}
