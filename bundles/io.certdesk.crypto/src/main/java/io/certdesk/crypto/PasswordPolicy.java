package io.certdesk.crypto;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Rules for generated passwords: length and character classes. Ambiguous characters (0 O o 1 l I i) are
 * never used, and only symbols that survive shells, CSV, batch files, URLs and importers are offered
 * ({@value #SAFE_SYMBOLS}). At least one character of every chosen class is used.
 */
public final class PasswordPolicy {

    /** Default length: 16 characters (about 94 bits with all classes). */
    public static final int DEFAULT_LENGTH = 16;
    /** Shortest generated password. */
    public static final int MIN_LENGTH = 8;
    /** Longest generated password. */
    public static final int MAX_LENGTH = 64;
    /** Symbols known not to break imports, scripts or mail. */
    public static final String SAFE_SYMBOLS = "-_.+@"; //$NON-NLS-1$

    /** Character classes of generated passwords. */
    public enum CharacterClass {
        UPPER("ABCDEFGHJKLMNPQRSTUVWXYZ"), //$NON-NLS-1$
        LOWER("abcdefghjkmnpqrstuvwxyz"), //$NON-NLS-1$
        DIGITS("23456789"), //$NON-NLS-1$
        SYMBOLS(SAFE_SYMBOLS);

        private final String characters;

        CharacterClass(String characters) {
            this.characters = characters;
        }

        /** The characters of this class, ambiguous ones removed. */
        public String characters() {
            return characters;
        }
    }

    private final int length;
    private final Set<CharacterClass> classes;

    private PasswordPolicy(int length, Set<CharacterClass> classes) {
        this.length = length;
        this.classes = Set.copyOf(classes);
    }

    /** 16 characters from upper case, lower case, digits and the safe symbols. */
    public static PasswordPolicy defaults() {
        return of(DEFAULT_LENGTH, EnumSet.allOf(CharacterClass.class));
    }

    /**
     * @throws IllegalArgumentException for a length outside 8-64, no classes, or fewer characters than classes
     */
    public static PasswordPolicy of(int length, Set<CharacterClass> classes) {
        Objects.requireNonNull(classes, "classes"); //$NON-NLS-1$
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            throw new IllegalArgumentException("Generated passwords have 8 to 64 characters, not " + length); //$NON-NLS-1$
        }
        if (classes.isEmpty()) {
            throw new IllegalArgumentException("Choose at least one character class"); //$NON-NLS-1$
        }
        return new PasswordPolicy(length, classes);
    }

    public int length() {
        return length;
    }

    public Set<CharacterClass> classes() {
        return classes;
    }

    /** Every character a generated password may contain, in a fixed order. */
    public String alphabet() {
        StringBuilder out = new StringBuilder();
        for (CharacterClass c : CharacterClass.values()) {
            if (classes.contains(c)) {
                out.append(c.characters());
            }
        }
        return out.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PasswordPolicy o && length == o.length && classes.equals(o.classes);
    }

    @Override
    public int hashCode() {
        return 31 * length + classes.hashCode();
    }

    @Override
    public String toString() {
        return "PasswordPolicy[" + length + " characters, " + classes + ']'; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
