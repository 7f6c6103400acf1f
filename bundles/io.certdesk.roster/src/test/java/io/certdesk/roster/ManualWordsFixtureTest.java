package io.certdesk.roster;

import static io.certdesk.roster.Fixtures.entry;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.certdesk.roster.internal.DefaultRosterReader;

/**
 * A roster as administrators write it from the trust bank's mail (made by LibreOffice, see
 * make_office_fixtures.py): the manual's own words, numbered ①②③, with a line break and a note in the
 * password header, under a title and a note row that names all three fields in one cell.
 */
class ManualWordsFixtureTest {

    @ParameterizedTest
    @ValueSource(strings = { "roster-manual-words.xlsx", "roster-manual-words.xls" })
    void theManualsWordsFindEveryColumn(String name) throws RosterException {
        ImportResult result = new DefaultRosterReader().read(Fixtures.file(name), ImportOptions.defaults());
        assertEquals(3, result.headerRow(), "the note in row 2 is not the header row");
        assertEquals(Map.of(RosterField.GROUP_ID, 0, RosterField.CERTIFICATE_NUMBER, 1, RosterField.RETRIEVAL_PASSWORD, 2,
                RosterField.NAME, 3, RosterField.EMAIL, 4, RosterField.DEPARTMENT, 5), result.mapping());
        assertEquals(3, result.entries().size());
        for (RosterEntry entry : result.entries()) {
            assertEquals(RowStatus.ACCEPTED, entry.status(), entry.findings().toString());
        }
        char[] password = entry(result, 5).retrievalPassword();
        assertArrayEquals("Xy7kLm2P".toCharArray(), password);
        assertEquals("00020002", entry(result, 5).value(RosterField.CERTIFICATE_NUMBER).orElseThrow());
        assertEquals("再発行分", entry(result, 5).otherColumns().get("備考"));
        assertTrue(result.findings().stream().noneMatch(f -> f.severity() == Severity.ERROR), result.findings().toString());
        result.clearSecrets();
    }
}
