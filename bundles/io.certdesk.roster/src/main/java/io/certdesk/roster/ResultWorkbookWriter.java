package io.certdesk.roster;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.crypt.temp.SXSSFWorkbookWithCustomZipEntrySource;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import io.certdesk.core.files.DurableFiles;
import io.certdesk.core.files.DurableOutput;
import io.certdesk.core.files.WriteMode;
import io.certdesk.core.text.FormulaGuard;
import io.certdesk.roster.internal.Messages;
import io.certdesk.roster.internal.ResultSheets;

/**
 * Writes the result of a batch as a streamed .xlsx (SXSSF) or a CSV: one row per entry with every input
 * column, then status, timestamps, the 24-hour window deadline, export file and profile, fingerprint and
 * expiry, delivery state per channel, error code, message and remedy.
 * <p>
 * Every value is written as text: no cell can become a formula, and values starting with {@code = + - @},
 * a tab or a CR are additionally marked quote-prefixed (xlsx) or prefixed with an apostrophe (CSV) so
 * that editing or re-importing them keeps them inert.
 * <p>
 * The password handout sheet is written only when asked for with {@link #withHandout(char[])}, only into
 * a workbook encrypted with that password (agile encryption, AES-256), with the sheet's temporary data
 * encrypted too, and the report carries a warning. Files are created owner-only; an existing file is
 * never replaced.
 */
public final class ResultWorkbookWriter {

    /** What was written. */
    public record Report(Path file, int rows, boolean encrypted, boolean handout, List<String> warnings) {
        public Report {
            warnings = List.copyOf(warnings);
        }
    }

    /** The background start of POI's classes ({@link #prepare()}); null until asked for. */
    private static CompletableFuture<Void> prepared;

    private final ZoneId zone;
    private final char[] handoutPassword;

    private ResultWorkbookWriter(ZoneId zone, char[] handoutPassword) {
        this.zone = Objects.requireNonNull(zone, "zone"); //$NON-NLS-1$
        this.handoutPassword = handoutPassword;
    }

    /**
     * Starts POI's workbook classes (and the OOXML schemas behind them) on a daemon thread, by writing an empty
     * workbook nowhere: some 0.4 s of class loading and initialization that a run otherwise spends at its end, after
     * its last mail, for a workbook it knew from the start it would write. {@link #writeWorkbook} waits for this to
     * finish before it touches POI, so no two threads initialize POI's classes at the same time (POI's static
     * initializers refer to one another; two threads starting them in different orders could wait for each other
     * forever). Calling it again does nothing; a failure here is ignored (the real write reports its own).
     */
    public static synchronized void prepare() {
        if (prepared == null) {
            prepared = CompletableFuture.runAsync(ResultWorkbookWriter::writeEmptyWorkbook, runnable -> {
                Thread thread = new Thread(runnable, "certdesk-workbook-classes"); //$NON-NLS-1$
                thread.setDaemon(true);
                thread.start();
            });
        }
    }

    private static void writeEmptyWorkbook() {
        TemporaryFiles.installDefault();
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            new ResultSheets(workbook, ZoneOffset.UTC).writeResults(List.of(), List.of());
            workbook.write(OutputStream.nullOutputStream());
        } catch (IOException | RuntimeException e) {
            // only a head start: the real write reports what fails
        } finally {
            workbook.dispose();
            try {
                workbook.close();
            } catch (IOException e) {
                // nothing was written anywhere
            }
        }
    }

    private static void awaitPrepared() {
        CompletableFuture<Void> started;
        synchronized (ResultWorkbookWriter.class) {
            started = prepared;
        }
        if (started != null) {
            started.exceptionally(e -> null).join();
        }
    }

    /** A writer that shows times in the given zone (administrators read local time). */
    public static ResultWorkbookWriter inZone(ZoneId zone) {
        return new ResultWorkbookWriter(zone, null);
    }

    /**
     * The same writer, asked explicitly to add the password handout sheet, in a workbook encrypted with
     * {@code workbookPassword} (copied; {@link #clearSecret()} wipes the copy).
     */
    public ResultWorkbookWriter withHandout(char[] workbookPassword) {
        Objects.requireNonNull(workbookPassword, "workbookPassword"); //$NON-NLS-1$
        if (workbookPassword.length == 0) {
            throw new IllegalArgumentException(Messages.handoutNeedsPassword);
        }
        return new ResultWorkbookWriter(zone, workbookPassword.clone());
    }

    /** Wipes the workbook password this writer holds. */
    public void clearSecret() {
        if (handoutPassword != null) {
            Arrays.fill(handoutPassword, '\0');
        }
    }

    /** Writes the result workbook (.xlsx). */
    public Report writeWorkbook(Path target, List<String> inputHeaders, List<ResultRow> rows) throws RosterException {
        Objects.requireNonNull(target, "target"); //$NON-NLS-1$
        Objects.requireNonNull(inputHeaders, "inputHeaders"); //$NON-NLS-1$
        Objects.requireNonNull(rows, "rows"); //$NON-NLS-1$
        boolean handout = handoutPassword != null;
        awaitPrepared();
        TemporaryFiles.installDefault(); // sheet data and encrypted parts: owner-only, never the shared poifiles folder
        SXSSFWorkbook workbook = handout ? new SXSSFWorkbookWithCustomZipEntrySource() : new SXSSFWorkbook(200);
        try {
            ResultSheets sheets = new ResultSheets(workbook, zone);
            sheets.writeResults(inputHeaders, rows);
            List<String> warnings = new ArrayList<>();
            if (handout) {
                sheets.writeHandout(rows);
                warnings.add(Messages.handoutWarning);
                writeEncrypted(workbook, target);
            } else {
                try (DurableOutput out = open(target)) {
                    workbook.write(out);
                    commit(out);
                }
            }
            return new Report(target, rows.size(), handout, handout, warnings);
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw new RosterException(RosterProblem.CANNOT_WRITE, target.toString(), e.getMessage(), e);
        } finally {
            workbook.dispose();
            try {
                workbook.close();
            } catch (IOException e) {
                // temporary files are already disposed
            }
        }
    }

    private void writeEncrypted(SXSSFWorkbook workbook, Path target) throws IOException, GeneralSecurityException {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            // POI's API takes the password as a String; it lives only for this call.
            encryptor.confirmPassword(new String(handoutPassword));
            try (OutputStream data = encryptor.getDataStream(fs)) {
                workbook.write(data);
            }
            try (DurableOutput out = open(target)) {
                fs.writeFilesystem(out);
                commit(out);
            }
        }
    }

    /** Writes the results as CSV in UTF-8 with a byte order mark (what Excel opens correctly), CRLF line ends. */
    public Report writeCsv(Path target, List<String> inputHeaders, List<ResultRow> rows) throws RosterException {
        Objects.requireNonNull(target, "target"); //$NON-NLS-1$
        if (handoutPassword != null) {
            throw new IllegalStateException(Messages.handoutCsvRefused);
        }
        try (DurableOutput out = open(target)) {
            out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
            Writer writer = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
            // not closed here: closing would close the file before it is moved into place
            @SuppressWarnings("resource")
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
            ResultSheets.Columns columns = ResultSheets.columns(inputHeaders, rows);
            printer.printRecord(columns.headers().stream().map(FormulaGuard::forCsv).toList());
            for (ResultRow row : rows) {
                printer.printRecord(columns.values(row, zone).stream().map(FormulaGuard::forCsv).toList());
            }
            printer.flush();
            commit(out);
            return new Report(target, rows.size(), false, false, List.of());
        } catch (IOException | RuntimeException e) {
            throw new RosterException(RosterProblem.CANNOT_WRITE, target.toString(), e.getMessage(), e);
        }
    }

    /** An owner-only durable output (core toolkit) that never replaces a file; an existing one in the roster's words. */
    private static DurableOutput open(Path target) throws IOException {
        try {
            return DurableFiles.open(target, WriteMode.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            throw exists(target, e);
        }
    }

    private static void commit(DurableOutput out) throws IOException {
        try {
            out.commit();
        } catch (FileAlreadyExistsException e) {
            throw exists(out.target(), e);
        }
    }

    private static FileAlreadyExistsException exists(Path target, FileAlreadyExistsException cause) {
        FileAlreadyExistsException exists = new FileAlreadyExistsException(target.toAbsolutePath().toString(), null,
                Messages.outputExists);
        exists.initCause(cause);
        return exists;
    }
}
