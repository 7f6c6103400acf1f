package io.certdesk.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.certdesk.crypto.PasswordPolicy.CharacterClass;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class PasswordTest {

    private final PasswordGenerator generator = new PasswordGenerator(new SecureRandom());
    private final PasswordValidator validator = new PasswordValidator();

    @RepeatedTest(50)
    void generatedPasswordsFollowTheDefaultPolicy() {
        char[] password = generator.generate(PasswordPolicy.defaults());
        assertEquals(16, password.length);
        String text = new String(password);
        assertTrue(text.chars().anyMatch(Character::isUpperCase), text);
        assertTrue(text.chars().anyMatch(Character::isLowerCase), text);
        assertTrue(text.chars().anyMatch(Character::isDigit), text);
        assertTrue(text.chars().anyMatch(c -> PasswordPolicy.SAFE_SYMBOLS.indexOf(c) >= 0), text);
        assertTrue(text.chars().noneMatch(c -> "0Oo1lIi|`'\"\\$%&<>;, ".indexOf(c) >= 0), text);
        assertTrue(validator.check(password).acceptable(), "generated passwords pass the validator");
    }

    @Test
    void generatedPasswordsDiffer() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            assertTrue(seen.add(new String(generator.generate(PasswordPolicy.defaults()))));
        }
    }

    @Test
    void policyCanBeNarrowed() {
        char[] password = generator.generate(PasswordPolicy.of(8, EnumSet.of(CharacterClass.DIGITS)));
        assertTrue(new String(password).matches("[2-9]{8}"));
        assertThrows(IllegalArgumentException.class, () -> PasswordPolicy.of(7, EnumSet.allOf(CharacterClass.class)));
        assertThrows(IllegalArgumentException.class, () -> PasswordPolicy.of(16, EnumSet.noneOf(CharacterClass.class)));
    }

    @Test
    void validatorExplainsEveryProblemWithoutShowingThePassword() {
        assertEquals(List.of(PasswordCheck.Kind.EMPTY), kinds(""));
        assertEquals(List.of(PasswordCheck.Kind.TOO_SHORT), kinds("Abc123"));
        assertEquals(List.of(PasswordCheck.Kind.TOO_LONG), kinds("a".repeat(65)));
        assertEquals(List.of(PasswordCheck.Kind.FULL_WIDTH), kinds("Pass\uff57ord123"));
        assertEquals(List.of(PasswordCheck.Kind.NON_ASCII), kinds("Passw\u00f6rd123"));
        assertEquals(List.of(PasswordCheck.Kind.WHITESPACE_OR_CONTROL), kinds("Pass word123"));
        PasswordCheck check = validator.check("Pass\uff57ord123".toCharArray());
        assertEquals(5, check.problems().get(0).position());
        assertTrue(check.message().contains("full-width"), check.message());
        assertFalse(check.message().contains("Pass"), check.message());
        assertTrue(validator.check("Abcdef12-_".toCharArray()).acceptable());
    }

    private List<PasswordCheck.Kind> kinds(String password) {
        return validator.check(password.toCharArray()).problems().stream().map(PasswordCheck.Problem::kind).toList();
    }
}
