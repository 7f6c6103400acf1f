package io.certdesk.roster.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import io.certdesk.core.text.FormulaGuard;
import io.certdesk.roster.ResultRow;

/** The sheets of the result workbook: results (one row per entry) and, on request, the password handout. */
public final class ResultSheets {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"); //$NON-NLS-1$

    /** The result columns: the input headers, then CertDesk's, one delivery column per channel seen. */
    public record Columns(List<String> inputHeaders, List<String> channels, List<String> headers) {

        /** The row's values in column order, as text. */
        public List<String> values(ResultRow row, ZoneId zone) {
            List<String> values = new ArrayList<>(headers.size());
            for (int i = 0; i < inputHeaders.size(); i++) {
                values.add(i < row.inputCells().size() ? row.inputCells().get(i) : ""); //$NON-NLS-1$
            }
            values.add(row.sourceRow() > 0 ? Integer.toString(row.sourceRow()) : ""); //$NON-NLS-1$
            values.add(row.status().orElse("")); //$NON-NLS-1$
            values.add(time(row.startedAt().orElse(null), zone));
            values.add(time(row.finishedAt().orElse(null), zone));
            values.add(time(row.windowDeadline().orElse(null), zone));
            values.add(row.exportFileName().orElse("")); //$NON-NLS-1$
            values.add(row.exportProfile().orElse("")); //$NON-NLS-1$
            values.add(row.fingerprint().orElse("")); //$NON-NLS-1$
            values.add(time(row.expiry().orElse(null), zone));
            for (String channel : channels) {
                values.add(row.deliveries().getOrDefault(channel, "")); //$NON-NLS-1$
            }
            values.add(row.errorCode().map(String::valueOf).orElse("")); //$NON-NLS-1$
            values.add(row.errorMessage().orElse("")); //$NON-NLS-1$
            values.add(row.remedy().orElse("")); //$NON-NLS-1$
            return values;
        }
    }

    private final SXSSFWorkbook workbook;
    private final ZoneId zone;
    private final CellStyle text;
    private final CellStyle quoted;
    private final CellStyle header;

    public ResultSheets(SXSSFWorkbook workbook, ZoneId zone) {
        this.workbook = workbook;
        this.zone = zone;
        short textFormat = workbook.createDataFormat().getFormat("@"); //$NON-NLS-1$
        this.text = workbook.createCellStyle();
        text.setDataFormat(textFormat);
        this.quoted = workbook.createCellStyle();
        quoted.setDataFormat(textFormat);
        quoted.setQuotePrefixed(true);
        this.header = workbook.createCellStyle();
        header.setDataFormat(textFormat);
        Font bold = workbook.createFont();
        bold.setBold(true);
        header.setFont(bold);
    }

    public static Columns columns(List<String> inputHeaders, List<ResultRow> rows) {
        Set<String> channels = new LinkedHashSet<>();
        rows.forEach(r -> channels.addAll(r.deliveries().keySet()));
        List<String> headers = new ArrayList<>(inputHeaders);
        headers.addAll(Arrays.asList(Messages.colSourceRow, Messages.colStatus, Messages.colStarted, Messages.colFinished,
                Messages.colDeadline, Messages.colExportFile, Messages.colExportProfile, Messages.colFingerprint,
                Messages.colExpiry));
        channels.forEach(c -> headers.add(Messages.bind(Messages.colDelivery, c)));
        headers.addAll(List.of(Messages.colErrorCode, Messages.colErrorMessage, Messages.colRemedy));
        return new Columns(List.copyOf(inputHeaders), List.copyOf(channels), List.copyOf(headers));
    }

    public void writeResults(List<String> inputHeaders, List<ResultRow> rows) {
        Columns columns = columns(inputHeaders, rows);
        SXSSFSheet sheet = workbook.createSheet(Messages.sheetResults);
        sheet.createFreezePane(0, 1);
        put(sheet.createRow(0), columns.headers(), header);
        int r = 1;
        for (ResultRow row : rows) {
            put(sheet.createRow(r++), columns.values(row, zone), null);
        }
    }

    /** The handout sheet: a warning, then name, e-mail, certificate number, export file and password. */
    public void writeHandout(List<ResultRow> rows) {
        Sheet sheet = workbook.createSheet(Messages.sheetHandout);
        put(sheet.createRow(0), List.of(Messages.handoutWarning), header);
        put(sheet.createRow(2), List.of(Messages.colSourceRow, Messages.colName, Messages.colEmail,
                Messages.colCertificateNumber, Messages.colExportFile, Messages.colPassword), header);
        int r = 3;
        for (ResultRow row : rows) {
            char[] password = row.handoutPassword().orElse(null);
            if (password == null) {
                continue;
            }
            try {
                put(sheet.createRow(r++), List.of(row.sourceRow() > 0 ? Integer.toString(row.sourceRow()) : "", //$NON-NLS-1$
                        row.name().orElse(""), row.email().orElse(""), row.certificateNumber().orElse(""), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        row.exportFileName().orElse(""), new String(password)), null); //$NON-NLS-1$
            } finally {
                Arrays.fill(password, '\0');
            }
        }
    }

    private void put(Row row, List<String> values, CellStyle style) {
        for (int c = 0; c < values.size(); c++) {
            String value = values.get(c) == null ? "" : values.get(c); //$NON-NLS-1$
            Cell cell = row.createCell(c);
            cell.setCellValue(value);
            cell.setCellStyle(style != null ? style : FormulaGuard.risky(value) ? quoted : text);
        }
    }

    private static String time(Instant instant, ZoneId zone) {
        return instant == null ? "" : TIME.format(instant.atZone(zone)); //$NON-NLS-1$
    }
}
