package io.certdesk.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import io.certdesk.core.errors.ErrorCategory;
import io.certdesk.core.errors.ErrorCode;
import io.certdesk.roster.internal.RosterReaderComponent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Roster problems are part of the error catalogue: one roster code per problem, carried by the exception. */
class RosterProblemCodesTest {

    @TempDir
    Path dir;

    @Test
    void everyProblemHasItsOwnRosterCode() {
        Set<ErrorCode> codes = Arrays.stream(RosterProblem.values()).map(RosterProblem::code).collect(Collectors.toSet());
        assertEquals(RosterProblem.values().length, codes.size());
        for (RosterProblem problem : RosterProblem.values()) {
            assertEquals(ErrorCategory.ROSTER, problem.code().category(), problem.name());
            assertEquals("ROSTER_" + problem.name(), problem.code().name());
            assertTrue(problem.code().message(Locale.JAPANESE).chars().anyMatch(c -> c > 0x3000), problem.name());
        }
        assertEquals(601, RosterProblem.CANNOT_READ.code().code());
    }

    @Test
    void theExceptionCarriesTheCodeOfItsProblem() {
        RosterException missing = assertThrows(RosterException.class,
                () -> new RosterReaderComponent().read(dir.resolve("missing.xlsx"), ImportOptions.defaults()));
        assertEquals(RosterProblem.CANNOT_READ, missing.problem());
        assertEquals(ErrorCode.ROSTER_CANNOT_READ, missing.code());
        assertEquals(ErrorCode.ROSTER_BAD_MAPPING, new RosterException(RosterProblem.BAD_MAPPING, "m.properties", "x").code());
    }
}
