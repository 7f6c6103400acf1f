package io.certdesk.roster.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.certdesk.core.text.FormulaGuard;
import io.certdesk.roster.RosterField;

class NormalisationTest {

    @Test
    void nfkcTrimAndLineBreaks() {
        TextNormaliser.Result r = TextNormaliser.normalise("\u3000ＡＢＣ１２３\r\nｶﾀｶﾅ ");
        assertEquals("ABC123 カタカナ", r.text());
        assertTrue(r.compatibilityChanged() && r.lineBreaks() && r.trimmed());
        assertFalse(TextNormaliser.normalise("plain").compatibilityChanged());
        assertTrue(TextNormaliser.normalise("a\u0007b").controls());
        assertEquals("ab", TextNormaliser.normalise("a\u0007b").text());
    }

    @Test
    void numbersAsShown() {
        CellText text = new CellText();
        assertEquals("12345", text.formatRawCellContents(12345.0, 0, "General"));
        assertEquals("123456789012", text.formatRawCellContents(123456789012.0, 0, "General"));
        assertEquals("00012345", text.formatRawCellContents(12345.0, 164, "00000000"));
        assertEquals("0.1", CellText.plain(0.1));
        assertEquals("1234567890123456800", CellText.plain(1234567890123456789.0), "beyond double precision, but no exponent");
        assertEquals("12345", text.formatRawCellContents(12345.0, 11, "0.00E+00"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "taro@example.co.jp", "a.b+c@sub.example.com", "x_y@ex-ample.jp" })
    void validEmail(String address) {
        assertTrue(EmailAddress.isValid(address));
    }

    @ParameterizedTest
    @ValueSource(strings = { "suzuki@@example.co.jp", "taro@example", "taro@example.co.jp\r\nBcc: x@y.jp", "taro @example.jp",
            "太郎@example.jp", ".taro@example.jp", "taro@-example.jp", "taro@example.co.j1", "", "a@b.c" })
    void invalidEmail(String address) {
        assertFalse(EmailAddress.isValid(address));
    }

    @Test
    void headerAliasesInBothLanguages() {
        assertEquals(Optional.of(RosterField.CERTIFICATE_NUMBER), HeaderAliases.fieldOf("証明書番号（8桁）"));
        assertEquals(Optional.of(RosterField.CERTIFICATE_NUMBER), HeaderAliases.fieldOf("Certificate No."));
        assertEquals(Optional.of(RosterField.EMAIL), HeaderAliases.fieldOf("Ｅメール"));
        assertEquals(Optional.of(RosterField.EMAIL), HeaderAliases.fieldOf("E-Mail Address"));
        assertEquals(Optional.of(RosterField.GROUP_ID), HeaderAliases.fieldOf("グループ ＩＤ"));
        assertEquals(Optional.of(RosterField.PASSWORD_RECIPIENT), HeaderAliases.fieldOf("パスワード通知先"));
        assertEquals(Optional.empty(), HeaderAliases.fieldOf("社員番号"));
        for (RosterField field : RosterField.values()) {
            assertFalse(HeaderAliases.aliases(field).isEmpty(), field.toString());
        }
    }

    @Test
    void formulaGuard() {
        for (String risky : new String[] { "=1+1", "+81", "-5", "@SUM(A1)", "\tx", "\rx", "＝1" }) {
            assertTrue(FormulaGuard.risky(risky), risky);
            assertEquals("'" + risky, FormulaGuard.forCsv(risky));
        }
        assertEquals("山田", FormulaGuard.forCsv("山田"));
        assertEquals("", FormulaGuard.forCsv(null));
    }
}
