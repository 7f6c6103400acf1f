package io.certdesk.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalInt;

import io.certdesk.crypto.ExportProfile;
import io.certdesk.crypto.PasswordPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules the settings dialog checks each field with: ranges, full-width digits, hosts, URLs, files, addresses. */
class SettingsRulesTest {

    @TempDir
    Path temp;

    @Test
    void numbersMayBeTypedInFullWidthDigits() {
        assertEquals(OptionalInt.of(587), SettingsRules.number("\uff15\uff18\uff17"));
        assertEquals(OptionalInt.of(25), SettingsRules.number(" 25 "));
        assertTrue(SettingsRules.number("2 5").isEmpty());
        assertTrue(SettingsRules.number("-1").isEmpty());
        assertEquals(Optional.empty(), SettingsRules.port("\uff14\uff16\uff15"));
    }

    @Test
    void rangesSayWhatIsAllowed() {
        assertTrue(SettingsRules.port("70000").orElseThrow().contains("65535"));
        assertTrue(SettingsRules.port("abc").isPresent());
        assertTrue(SettingsRules.passwordLength("7").orElseThrow().contains("8"));
        assertEquals(Optional.empty(), SettingsRules.passwordLength("64"));
        assertTrue(SettingsRules.passwordLength("65").isPresent());
        assertEquals(Optional.empty(), SettingsRules.renewalDays("40"));
        assertTrue(SettingsRules.renewalDays("0").isPresent());
        assertEquals(Optional.empty(), SettingsRules.marginHours("0"));
        assertTrue(SettingsRules.marginHours("25").isPresent());
        assertEquals(Optional.empty(), SettingsRules.iterations("10000", ExportProfile.MODERN));
        assertTrue(SettingsRules.iterations("100", ExportProfile.COMPAT).isPresent());
        assertEquals(Optional.empty(), SettingsRules.ratePerMinute("30"));
        assertTrue(SettingsRules.ratePerMinute("0").isPresent());
        assertEquals(Optional.empty(), SettingsRules.passwordDelayMinutes("0"));
        assertTrue(SettingsRules.passwordDelayMinutes("1441").isPresent());
        assertTrue(SettingsRules.characterClasses(EnumSet.noneOf(PasswordPolicy.CharacterClass.class)).isPresent());
    }

    @Test
    void hostsUrlsAddressesAndFiles() throws Exception {
        assertEquals(Optional.empty(), SettingsRules.host("mail.example.jp", true));
        assertTrue(SettingsRules.host("", true).isPresent());
        assertEquals(Optional.empty(), SettingsRules.host("", false));
        assertTrue(SettingsRules.host("mail example", true).isPresent());
        assertEquals(Optional.empty(), SettingsRules.baseUrl("https://portal.example.jp/"));
        assertTrue(SettingsRules.baseUrl("http://portal.example.jp/").isPresent());
        assertTrue(SettingsRules.baseUrl("https://").isPresent());
        assertEquals(Optional.empty(), SettingsRules.mailAddress("admin@corp.example.jp", true));
        assertTrue(SettingsRules.mailAddress("admin", true).isPresent());
        assertEquals(Optional.empty(), SettingsRules.mailAddress("", false));
        Path ca = Files.writeString(temp.resolve("ca.pem"), "x");
        assertEquals(Optional.empty(), SettingsRules.certificateFiles(ca + ", " + ca));
        assertTrue(SettingsRules.certificateFiles(temp.resolve("missing.pem").toString()).isPresent());
        assertTrue(SettingsRules.certificateFiles("relative.pem").isPresent());
        assertEquals(Optional.empty(), SettingsRules.expectedRoot(""));
        assertEquals(Optional.empty(), SettingsRules.expectedRoot("CN=CertDesk Reference Root CA,O=CertDesk Reference Portal,C=JP"));
        assertEquals(Optional.empty(), SettingsRules.expectedRoot("ab".repeat(32)));
        assertEquals(Optional.empty(), SettingsRules.expectedRoot(String.join(":", java.util.Collections.nCopies(20, "AB"))));
        assertTrue(SettingsRules.expectedRoot("abcd").orElseThrow().contains("4"));
        assertTrue(SettingsRules.expectedRoot("just a name").isPresent());
        assertEquals(Optional.empty(), SettingsRules.user("alice"));
        assertTrue(SettingsRules.user("al ice").isPresent());
    }
}
