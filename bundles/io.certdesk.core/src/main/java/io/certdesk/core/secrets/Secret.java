package io.certdesk.core.secrets;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * A password, passphrase or other secret as a {@code char[]} this object owns: {@link #close()} overwrites it with
 * zeros, after which any use fails with {@link IllegalStateException}. It never appears in {@link #toString()}, and
 * it is never turned into a {@link String}. APIs that need a {@code char[]} get one through
 * {@link #apply(CharsFunction)} (a copy wiped when the function returns) or {@link #copy()} (a copy the caller
 * wipes). Use it in try-with-resources.
 */
public final class Secret implements AutoCloseable {

    /** A function of the secret's characters that may throw a checked exception. */
    @FunctionalInterface
    public interface CharsFunction<T, E extends Exception> {
        T apply(char[] chars) throws E;
    }

    private final char[] chars;
    private volatile boolean cleared;

    private Secret(char[] chars) {
        this.chars = chars;
    }

    /** Takes ownership of {@code chars}: the array is wiped when this secret is closed. */
    public static Secret wrap(char[] chars) {
        return new Secret(Objects.requireNonNull(chars, "chars")); //$NON-NLS-1$
    }

    /** A secret holding a copy of {@code chars}; the caller still owns (and wipes) its array. */
    public static Secret copyOf(char[] chars) {
        return new Secret(Objects.requireNonNull(chars, "chars").clone()); //$NON-NLS-1$
    }

    /** An empty secret (for "no password"). */
    public static Secret empty() {
        return new Secret(new char[0]);
    }

    /** The number of characters. */
    public int length() {
        checkOpen();
        return chars.length;
    }

    public boolean isEmpty() {
        return length() == 0;
    }

    /** Whether {@link #close()} has wiped this secret. */
    public boolean isCleared() {
        return cleared;
    }

    /** A fresh copy of the characters; the caller wipes it ({@code Arrays.fill(copy, '\0')}). */
    public char[] copy() {
        checkOpen();
        return chars.clone();
    }

    /** An independent secret with the same characters (closing one does not affect the other). */
    public Secret duplicate() {
        return new Secret(copy());
    }

    /** Calls {@code function} with a copy of the characters and wipes the copy when it returns or throws. */
    public <T, E extends Exception> T apply(CharsFunction<T, E> function) throws E {
        Objects.requireNonNull(function, "function"); //$NON-NLS-1$
        char[] copy = copy();
        try {
            return function.apply(copy);
        } finally {
            Arrays.fill(copy, '\0');
        }
    }

    /** The characters encoded as UTF-8; the caller wipes the array. Intermediate buffers are wiped here. */
    public byte[] toUtf8() {
        char[] copy = copy();
        try {
            return utf8(copy);
        } finally {
            Arrays.fill(copy, '\0');
        }
    }

    /**
     * {@code chars} (a password, a passphrase) encoded as UTF-8, exactly as long as the encoding; the caller wipes the
     * array. The encoder's own buffer is wiped here.
     */
    public static byte[] utf8(char[] chars) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(chars));
        try {
            byte[] bytes = new byte[encoded.remaining()];
            encoded.get(bytes);
            return bytes;
        } finally {
            if (encoded.hasArray()) {
                Arrays.fill(encoded.array(), (byte) 0);
            }
        }
    }

    /** Whether both hold the same characters, compared in time independent of where they differ. */
    public boolean contentEquals(Secret other) {
        Objects.requireNonNull(other, "other"); //$NON-NLS-1$
        return other.apply(this::contentEquals);
    }

    /** Whether this secret holds exactly {@code candidate}, compared in time independent of where they differ. */
    public boolean contentEquals(char[] candidate) {
        Objects.requireNonNull(candidate, "candidate"); //$NON-NLS-1$
        checkOpen();
        int difference = chars.length ^ candidate.length;
        for (int i = 0; i < chars.length; i++) {
            difference |= chars[i] ^ (i < candidate.length ? candidate[i] : 0);
        }
        return difference == 0;
    }

    /** Wipes the characters; idempotent. */
    @Override
    public void close() {
        Arrays.fill(chars, '\0');
        cleared = true;
    }

    /** Never the content, not even its length. */
    @Override
    public String toString() {
        return cleared ? "Secret[cleared]" : "Secret[****]"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    private void checkOpen() {
        if (cleared) {
            throw new IllegalStateException("The secret was cleared"); //$NON-NLS-1$
        }
    }
}
