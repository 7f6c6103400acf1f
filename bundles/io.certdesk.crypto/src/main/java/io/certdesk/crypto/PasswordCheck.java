package io.certdesk.crypto;

import java.util.List;
import java.util.Objects;

import io.certdesk.crypto.internal.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * The outcome of checking a password an administrator typed: acceptable, or the problems found. Problems
 * name positions, never the characters, so messages can be shown and logged.
 */
public record PasswordCheck(List<Problem> problems) {

    /** What can be wrong with a typed password. */
    public enum Kind {
        EMPTY, TOO_SHORT, TOO_LONG, FULL_WIDTH, NON_ASCII, WHITESPACE_OR_CONTROL
    }

    /**
     * One problem.
     *
     * @param kind what is wrong
     * @param position 1-based position of the first offending character, 0 when not about a character
     */
    public record Problem(Kind kind, int position) {
        public Problem {
            Objects.requireNonNull(kind, "kind"); //$NON-NLS-1$
        }

        /** A sentence for the administrator in the default locale. */
        public String message() {
            return switch (kind) {
                case EMPTY -> Messages.passwordEmpty;
                case TOO_SHORT -> NLS.bind(Messages.passwordTooShort, Integer.valueOf(PasswordValidator.MIN_LENGTH));
                case TOO_LONG -> NLS.bind(Messages.passwordTooLong, Integer.valueOf(PasswordValidator.MAX_LENGTH));
                case FULL_WIDTH -> NLS.bind(Messages.passwordFullWidth, Integer.valueOf(position));
                case NON_ASCII -> NLS.bind(Messages.passwordNonAscii, Integer.valueOf(position));
                case WHITESPACE_OR_CONTROL -> NLS.bind(Messages.passwordWhitespace, Integer.valueOf(position));
            };
        }
    }

    public PasswordCheck {
        problems = List.copyOf(problems);
    }

    public boolean acceptable() {
        return problems.isEmpty();
    }

    /** All problems as one text, one sentence each. */
    public String message() {
        return String.join(" ", problems.stream().map(Problem::message).toList()); //$NON-NLS-1$
    }
}
