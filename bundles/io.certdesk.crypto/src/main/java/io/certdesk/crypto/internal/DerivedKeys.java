package io.certdesk.crypto.internal;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.certdesk.core.secrets.Secret;

/**
 * The keys derived from one password while one file is written and read back: an export derives each key once and
 * its read-back finds it here instead of running the same 10,000 iterations again. A key is found only for the same
 * password, function, salt, iteration count and length, so a wrong password still fails. {@link #close()} clears the
 * password copy and every key; {@link #none()} remembers nothing (reading someone else's file).
 */
final class DerivedKeys implements AutoCloseable {

    private record Derived(String function, byte[] salt, int iterations, int length, byte[] key) {
    }

    private final byte[] password;
    private final List<Derived> keys = new ArrayList<>();

    private DerivedKeys(byte[] password) {
        this.password = password;
    }

    /** A memo for keys derived from {@code password} (copied; cleared on close). */
    static DerivedKeys forPassword(char[] password) {
        return new DerivedKeys(Secret.utf8(password));
    }

    /** A memo that remembers nothing. */
    static DerivedKeys none() {
        return new DerivedKeys(null);
    }

    /** A derivation to run when the memo does not hold its result. */
    @FunctionalInterface
    interface Derivation {
        byte[] derive();
    }

    /**
     * The key for these parameters: the remembered one (a copy) when the same password derived it before, otherwise
     * {@code derivation}'s result, remembered. The caller clears the returned array.
     */
    synchronized byte[] get(String function, char[] password, byte[] salt, int iterations, int length,
            Derivation derivation) {
        boolean samePassword = this.password != null && samePassword(password);
        if (samePassword) {
            for (Derived derived : keys) {
                if (derived.function.equals(function) && derived.iterations == iterations && derived.length == length
                        && Arrays.equals(derived.salt, salt)) {
                    return derived.key.clone();
                }
            }
        }
        byte[] key = derivation.derive();
        if (samePassword) {
            keys.add(new Derived(function, salt.clone(), iterations, length, key.clone()));
        }
        return key;
    }

    /** How many keys are remembered (for tests). */
    synchronized int size() {
        return keys.size();
    }

    private boolean samePassword(char[] candidate) {
        byte[] bytes = Secret.utf8(candidate);
        try {
            return MessageDigest.isEqual(bytes, password);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    @Override
    public synchronized void close() {
        if (password != null) {
            Arrays.fill(password, (byte) 0);
        }
        for (Derived derived : keys) {
            Arrays.fill(derived.key, (byte) 0);
        }
        keys.clear();
    }
}
