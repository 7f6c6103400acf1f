package io.certdesk.roster;

import java.nio.file.Path;

/**
 * Reads a roster spreadsheet (.xlsx, .xls, .csv) as administrators keep it and checks every row. Problems
 * with rows come back as findings in the {@link ImportResult}; only a file that cannot be read at all (or
 * is hostile, or breaks a limit) raises {@link RosterException}. Available as an OSGi service.
 */
public interface RosterReader {

    /** Reads and checks the file. */
    ImportResult read(Path file, ImportOptions options) throws RosterException;
}
