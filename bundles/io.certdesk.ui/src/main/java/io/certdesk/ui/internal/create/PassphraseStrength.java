package io.certdesk.ui.internal.create;

import io.certdesk.workspace.Passphrase;

/**
 * A hint, not a rule, about how hard a new workspace passphrase is to guess: its length and the kinds of characters
 * in it. Below {@link Passphrase#MIN_LENGTH} characters the workspace refuses it.
 */
public enum PassphraseStrength {
    /** Shorter than the workspace accepts. */
    TOO_SHORT,
    /** Long enough, but short or of one kind of character. */
    WEAK,
    /** Reasonable. */
    FAIR,
    /** Long and varied: a sentence of several words. */
    STRONG;

    /** The strength of a passphrase (read, never kept). */
    public static PassphraseStrength of(char[] passphrase) {
        int length = passphrase.length;
        if (length < Passphrase.MIN_LENGTH) {
            return TOO_SHORT;
        }
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean other = false;
        int distinct = 0;
        boolean[] seen = new boolean[65536];
        for (char c : passphrase) {
            if (!seen[c]) {
                seen[c] = true;
                distinct++;
            }
            if (Character.isLowerCase(c)) {
                lower = true;
            } else if (Character.isUpperCase(c)) {
                upper = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else {
                other = true; // spaces, symbols, kana and kanji
            }
        }
        int kinds = (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
        if (distinct < 5) {
            return WEAK;
        }
        if (length >= 20 && kinds >= 2 || length >= 14 && kinds >= 3) {
            return STRONG;
        }
        if (length >= 14 || kinds >= 3) {
            return FAIR;
        }
        return WEAK;
    }

    /** The hint for people, in the current language. */
    public String hint() {
        return switch (this) {
            case TOO_SHORT -> org.eclipse.osgi.util.NLS.bind(Messages.strengthTooShort,
                    Integer.toString(Passphrase.MIN_LENGTH));
            case WEAK -> Messages.strengthWeak;
            case FAIR -> Messages.strengthFair;
            case STRONG -> Messages.strengthStrong;
        };
    }
}
