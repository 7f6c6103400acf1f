package io.certdesk.roster.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import io.certdesk.roster.RosterException;
import io.certdesk.roster.RosterFormat;
import io.certdesk.roster.RosterLimits;
import io.certdesk.roster.RosterProblem;

/**
 * Reads a CSV file with Apache Commons CSV (RFC 4180: quoted fields, doubled quotes, line breaks inside
 * quotes, CRLF or LF) in UTF-8 (a byte order mark is skipped) or Windows-31J. One "sheet": the file.
 * The row number of a record is its record number (a quoted line break does not start a new row).
 */
final class CsvSource implements WorkbookSource {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false)
            .setAllowMissingColumnNames(true).get();

    private final Path file;
    private final String source;
    private final RosterLimits limits;
    private final Charset charset;
    private final boolean detected;

    CsvSource(Path file, Optional<Charset> forced, RosterLimits limits) throws RosterException {
        this.file = file;
        this.source = file.toString();
        this.limits = limits;
        try {
            this.detected = forced.isEmpty();
            this.charset = forced.isPresent() ? forced.get() : CharsetDetector.detect(file);
        } catch (IOException e) {
            throw new RosterException(RosterProblem.CANNOT_READ, source, e.getMessage(), e);
        }
    }

    @Override
    public RosterFormat format() {
        return RosterFormat.CSV;
    }

    @Override
    public Optional<Charset> charset() {
        return Optional.of(charset);
    }

    @Override
    public boolean charsetDetected() {
        return detected;
    }

    @Override
    public List<SheetInfo> sheets() {
        return List.of(new SheetInfo(file.getFileName().toString(), false, "")); //$NON-NLS-1$
    }

    @Override
    public void read(SheetInfo sheet, RowHandler handler) throws RosterException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file));
                Reader reader = new InputStreamReader(skipBom(in), charset.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
                CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
            for (CSVRecord record : parser) {
                List<String> cells = new ArrayList<>(record.size());
                for (String value : record) {
                    if (value.length() > limits.maxCellChars()) {
                        throw new RosterException(RosterProblem.TOO_LARGE, source,
                                Messages.bind(Messages.limitCsvCellChars, record.getRecordNumber(), limits.maxCellChars()));
                    }
                    cells.add(value);
                }
                if (!handler.row((int) record.getRecordNumber(), cells, false)) {
                    return;
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new RosterException(RosterProblem.DAMAGED, source, e.getMessage(), e);
        }
    }

    private static InputStream skipBom(InputStream in) throws IOException {
        in.mark(3);
        if (!CharsetDetector.hasBom(in.readNBytes(3))) {
            in.reset();
        }
        return in;
    }

    @Override
    public void close() {
        // every read opens and closes the file
    }
}
