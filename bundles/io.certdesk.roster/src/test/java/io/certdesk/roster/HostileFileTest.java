package io.certdesk.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.certdesk.roster.internal.DefaultRosterReader;

/** Each hostile file of make_hostile_fixtures.py is refused quickly with a clear message. */
class HostileFileTest {

    @ParameterizedTest
    @CsvSource({ "zip-bomb.xlsx, UNSAFE_COMPRESSION", "xxe.xlsx, UNSAFE_XML", "billion-laughs.xlsx, UNSAFE_XML",
            "oversized-shared-strings.xlsx, TOO_LARGE" })
    void refusedWithinSeconds(String name, RosterProblem expected) {
        RosterException refused = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(RosterException.class,
                        () -> new DefaultRosterReader().read(Fixtures.file(name), ImportOptions.defaults())));
        assertEquals(expected, refused.problem(), refused.getMessage());
        assertTrue(refused.getMessage().startsWith(Fixtures.file(name).toString() + ": Refused"), refused.getMessage());
        assertTrue(!refused.getMessage().contains("root:"), "nothing of /etc/passwd leaks");
    }
}
