package io.certdesk.roster.internal;

import java.nio.file.Path;

import org.osgi.service.component.annotations.Component;

import io.certdesk.roster.ImportOptions;
import io.certdesk.roster.ImportResult;
import io.certdesk.roster.RosterException;
import io.certdesk.roster.RosterReader;
import io.certdesk.roster.RosterReaders;

/** The {@link RosterReader} OSGi service. */
@Component(service = RosterReader.class)
public final class RosterReaderComponent implements RosterReader {

    private final RosterReader reader = RosterReaders.create(); // also POI's owner-only temporary files

    @Override
    public ImportResult read(Path file, ImportOptions options) throws RosterException {
        return reader.read(file, options);
    }
}
