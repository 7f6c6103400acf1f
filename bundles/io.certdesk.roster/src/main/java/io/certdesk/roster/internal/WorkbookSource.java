package io.certdesk.roster.internal;

import java.io.Closeable;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Optional;

import io.certdesk.roster.RosterException;
import io.certdesk.roster.RosterFormat;

/** An opened roster file: its sheets, each readable row by row (more than once). */
public interface WorkbookSource extends Closeable {

    RosterFormat format();

    /** The character set of a text file. */
    default Optional<Charset> charset() {
        return Optional.empty();
    }

    /** Whether the character set was detected (rather than chosen). */
    default boolean charsetDetected() {
        return false;
    }

    List<SheetInfo> sheets();

    /** Streams the rows of a sheet to the handler until it returns false or the sheet ends. */
    void read(SheetInfo sheet, RowHandler handler) throws RosterException;

    @Override
    void close();
}
