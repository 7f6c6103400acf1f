package io.certdesk.roster.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.certdesk.roster.ColumnMapping;
import io.certdesk.roster.Finding;
import io.certdesk.roster.FindingCode;
import io.certdesk.roster.ImportOptions;
import io.certdesk.roster.ImportResult;
import io.certdesk.roster.RosterEntry;
import io.certdesk.roster.RosterException;
import io.certdesk.roster.RosterFormat;
import io.certdesk.roster.RosterLimits;
import io.certdesk.roster.RosterProblem;
import io.certdesk.roster.RosterReader;

/**
 * The roster import: opens the file in its format, chooses the sheet, finds the header row, then streams
 * the data rows through {@link RowChecker}.
 */
public final class DefaultRosterReader implements RosterReader {

    @Override
    public ImportResult read(Path file, ImportOptions options) throws RosterException {
        Objects.requireNonNull(file, "file"); //$NON-NLS-1$
        Objects.requireNonNull(options, "options"); //$NON-NLS-1$
        String source = file.toString();
        RosterLimits limits = options.limits();
        RosterFormat format = format(file, options, limits);
        try {
            return read(file, options, format);
        } catch (RuntimeException e) {
            // POI parses lazily: a broken record surfaces as an IndexOutOfBounds-, IllegalArgument-, RecordFormat-
            // or other runtime exception from whichever call first touches it (the sheet list, a row, a cell), not
            // only while opening. Each is the file being damaged, reported here at the reader's one boundary.
            throw new RosterException(RosterProblem.DAMAGED, source, e.getClass().getSimpleName(), e);
        } catch (NoClassDefFoundError e) {
            // A ZIP entry compressed with Zstandard, XZ or another method Excel and LibreOffice never write makes
            // commons-compress reach for an optional codec library CertDesk does not ship; the file is damaged for
            // us. Only that case: a class missing anywhere else is a defect of the product and must stay visible.
            if (!thrownBy(e, "org.apache.commons.compress.")) { //$NON-NLS-1$
                throw e;
            }
            throw new RosterException(RosterProblem.DAMAGED, source, Messages.unsupportedCompression, e);
        }
    }

    private static boolean thrownBy(Throwable e, String packagePrefix) {
        StackTraceElement[] trace = e.getStackTrace();
        return trace.length > 0 && trace[0].getClassName().startsWith(packagePrefix);
    }

    private ImportResult read(Path file, ImportOptions options, RosterFormat format) throws RosterException {
        String source = file.toString();
        RosterLimits limits = options.limits();
        try (WorkbookSource workbook = open(file, format, options)) {
            List<Finding> fileFindings = new ArrayList<>();
            workbook.charset().ifPresent(cs -> fileFindings.add(Finding.file(FindingCode.ENCODING_USED, cs.name(),
                    workbook.charsetDetected() ? Messages.encodingDetected : Messages.encodingChosen)));
            ColumnMapping mapping = options.mapping().orElse(null);
            int sampleRows = Math.max(ImportOptions.HEADER_SEARCH_ROWS,
                    mapping == null ? 0 : mapping.headerRow().orElse(0));
            SheetInfo sheet = chooseSheet(workbook, options.sheet(), mapping, sampleRows, source, fileFindings);
            HeaderDetector.Header header = HeaderDetector.detect(sample(workbook, sheet, sampleRows), mapping, source)
                    .orElseThrow(() -> new RosterException(RosterProblem.NO_HEADER_ROW, source,
                            Messages.bind(Messages.noHeaderDetail, sheet.name(), ImportOptions.HEADER_SEARCH_ROWS)));
            fileFindings.addAll(header.findings());
            RowChecker checker = new RowChecker(header.headers(), header.columns());
            int[] last = { header.rowNumber() };
            workbook.read(sheet, (rowNumber, cells, hidden) -> {
                if (rowNumber <= header.rowNumber()) {
                    return true;
                }
                checker.skip(last[0] + 1, rowNumber - 1);
                last[0] = rowNumber;
                if (checker.add(rowNumber, cells, hidden) && checker.count() > limits.maxRows()) {
                    throw new RosterException(RosterProblem.TOO_MANY_ROWS, source,
                            Messages.bind(Messages.limitRows, limits.maxRows()));
                }
                return true;
            });
            List<Finding> findings = new ArrayList<>(fileFindings);
            List<RosterEntry> entries = checker.finish(findings);
            return new ImportResult(source, format, workbook.charset(),
                    format == RosterFormat.CSV ? Optional.empty() : Optional.of(sheet.name()), header.rowNumber(),
                    header.headers(), header.columns(), entries, findings, checker.skipped());
        }
    }

    private static RosterFormat format(Path file, ImportOptions options, RosterLimits limits) throws RosterException {
        String source = file.toString();
        try {
            if (!Files.isRegularFile(file)) {
                throw new RosterException(RosterProblem.CANNOT_READ, source, Messages.fileMissing);
            }
            long size = Files.size(file);
            if (size > limits.maxFileBytes()) {
                throw new RosterException(RosterProblem.TOO_LARGE, source,
                        Messages.bind(Messages.limitFileBytes, size, limits.maxFileBytes()));
            }
            if (options.format().isPresent()) {
                return options.format().get();
            }
            RosterFormat detected = FormatDetector.detect(file);
            if (detected == null) {
                throw new RosterException(RosterProblem.UNKNOWN_FORMAT, source, null);
            }
            return detected;
        } catch (IOException e) {
            throw new RosterException(RosterProblem.CANNOT_READ, source, e.getMessage(), e);
        }
    }

    private static WorkbookSource open(Path file, RosterFormat format, ImportOptions options) throws RosterException {
        return switch (format) {
            case XLSX -> new XlsxSource(file, options.limits());
            case XLS -> new XlsSource(file, options.limits());
            case CSV -> new CsvSource(file, options.charset(), options.limits());
        };
    }

    private static SheetInfo chooseSheet(WorkbookSource workbook, Optional<String> wanted, ColumnMapping mapping,
            int sampleRows, String source, List<Finding> findings) throws RosterException {
        List<SheetInfo> sheets = workbook.sheets();
        for (SheetInfo sheet : sheets) {
            if (sheet.hidden()) {
                findings.add(Finding.file(FindingCode.HIDDEN_SHEET, sheet.name()));
            }
        }
        if (sheets.isEmpty()) {
            throw new RosterException(RosterProblem.NO_HEADER_ROW, source, null);
        }
        if (wanted.isPresent()) {
            String key = Normalizer.normalize(wanted.get(), Normalizer.Form.NFKC).strip();
            for (SheetInfo sheet : sheets) {
                if (Normalizer.normalize(sheet.name(), Normalizer.Form.NFKC).strip().equals(key)) {
                    if (sheets.size() > 1) {
                        findings.add(Finding.file(FindingCode.SHEET_CHOSEN, sheet.name(), Messages.sheetByName));
                    }
                    return sheet;
                }
            }
            throw new RosterException(RosterProblem.SHEET_NOT_FOUND, source,
                    Messages.bind(Messages.sheetNotFoundDetail, wanted.get(),
                            String.join(", ", sheets.stream().map(SheetInfo::name).toList()))); //$NON-NLS-1$
        }
        if (sheets.size() == 1) {
            return sheets.get(0);
        }
        SheetInfo best = null;
        int bestScore = 1;
        for (SheetInfo sheet : sheets) {
            if (sheet.hidden()) {
                continue;
            }
            int score = sample(workbook, sheet, sampleRows).stream()
                    .mapToInt(row -> HeaderDetector.score(row.cells(), mapping)).max().orElse(0);
            if (score > bestScore) {
                best = sheet;
                bestScore = score;
            }
        }
        if (best == null) {
            throw new RosterException(RosterProblem.NO_HEADER_ROW, source,
                    Messages.bind(Messages.noHeaderAnySheet, ImportOptions.HEADER_SEARCH_ROWS));
        }
        findings.add(Finding.file(FindingCode.SHEET_CHOSEN, best.name(), Messages.sheetByHeaders));
        return best;
    }

    private static List<Sample> sample(WorkbookSource workbook, SheetInfo sheet, int rows) throws RosterException {
        List<Sample> sample = new ArrayList<>();
        workbook.read(sheet, (rowNumber, cells, hidden) -> {
            if (rowNumber > rows) {
                return false;
            }
            sample.add(new Sample(rowNumber, cells, hidden));
            return true;
        });
        return sample;
    }
}
