package io.certdesk.core.secrets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class SecretTest {

    @Test
    void closeWipesTheOwnedArrayAndForbidsFurtherUse() {
        char[] chars = "s3cret".toCharArray();
        Secret secret = Secret.wrap(chars);
        assertEquals(6, secret.length());
        try (secret) {
            assertFalse(secret.isCleared());
        }
        assertArrayEquals(new char[6], chars);
        assertTrue(secret.isCleared());
        assertThrows(IllegalStateException.class, secret::copy);
        assertThrows(IllegalStateException.class, secret::length);
        assertThrows(IllegalStateException.class, () -> secret.apply(c -> c.length));
        secret.close(); // idempotent
    }

    @Test
    void copiesAreIndependent() {
        char[] mine = "pass".toCharArray();
        try (Secret copy = Secret.copyOf(mine)) {
            mine[0] = 'X';
            assertTrue(copy.contentEquals("pass".toCharArray()));
            Secret duplicate = copy.duplicate();
            duplicate.close();
            assertTrue(copy.contentEquals("pass".toCharArray()));
            char[] handedOut = copy.copy();
            handedOut[0] = 'Y';
            assertTrue(copy.contentEquals("pass".toCharArray()));
        }
    }

    @Test
    void applyWipesItsCopyEvenWhenTheFunctionThrows() {
        try (Secret secret = Secret.copyOf("abc".toCharArray())) {
            char[][] captured = new char[1][];
            assertEquals("abc", secret.apply(chars -> {
                captured[0] = chars;
                return new String(chars);
            }));
            assertArrayEquals(new char[3], captured[0]);
            assertThrows(IllegalArgumentException.class, () -> secret.apply(chars -> {
                captured[0] = chars;
                throw new IllegalArgumentException("boom");
            }));
            assertArrayEquals(new char[3], captured[0]);
        }
    }

    @Test
    void toStringNeverShowsTheContent() {
        Secret secret = Secret.copyOf("Tr0ub4dor".toCharArray());
        assertEquals("Secret[****]", secret.toString());
        assertFalse(secret.toString().contains("Tr0ub4dor"));
        secret.close();
        assertEquals("Secret[cleared]", secret.toString());
    }

    @Test
    void comparesAndEncodes() {
        try (Secret a = Secret.copyOf("日本語pw".toCharArray()); Secret b = Secret.copyOf("日本語pw".toCharArray());
                Secret c = Secret.copyOf("日本語pX".toCharArray()); Secret empty = Secret.empty()) {
            assertTrue(a.contentEquals(b));
            assertFalse(a.contentEquals(c));
            assertFalse(a.contentEquals(empty));
            assertFalse(a.contentEquals("日本語pw!".toCharArray()));
            assertTrue(empty.isEmpty());
            assertArrayEquals("日本語pw".getBytes(StandardCharsets.UTF_8), a.toUtf8());
        }
    }
}
