package io.certdesk.portal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

import io.certdesk.core.files.DurableFiles;
import io.certdesk.core.files.OwnerOnly;
import io.certdesk.core.files.WriteMode;
import io.certdesk.core.errors.ErrorCode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the administrator's roster as the service would have mailed it: one line per certificate with
 * name, mail address, department, group ID, certificate number and retrieval password. CSV is UTF-8 with
 * a byte order mark and CRLF line ends (what Excel opens correctly in Japan); XLSX has only text cells, so
 * numbers keep their leading zeros. Headers in English or Japanese. The file is owner-only: it holds the
 * retrieval passwords.
 */
public final class Rosters {

    /** The columns, in order (keys of {@code roster.properties}). */
    public static final List<String> COLUMNS = List.of("name", "email", "department", "group", "number", "password"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

    private Rosters() {
    }

    /** The header texts of the columns in the locale (Japanese or English). */
    public static List<String> headers(Locale locale) {
        ResourceBundle texts = ResourceBundle.getBundle("io.certdesk.portal.internal.roster", locale, //$NON-NLS-1$
                Rosters.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return COLUMNS.stream().map(texts::getString).toList();
    }

    /** Writes {@code .csv} or {@code .xlsx}, chosen by the file name. */
    public static void write(Path file, List<IssuedCertificate> certificates, Locale locale) throws PortalException {
        Objects.requireNonNull(file, "file"); //$NON-NLS-1$
        Objects.requireNonNull(certificates, "certificates"); //$NON-NLS-1$
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            Path parent = file.toAbsolutePath().getParent();
            OwnerOnly.directories(parent);
            if (name.endsWith(".xlsx")) { //$NON-NLS-1$
                DurableFiles.write(file, xlsx(certificates, locale), WriteMode.REPLACE);
            } else if (name.endsWith(".csv")) { //$NON-NLS-1$
                DurableFiles.write(file, csv(certificates, locale), WriteMode.REPLACE);
            } else {
                throw new PortalException(ErrorCode.STORE_SETTINGS_INVALID,
                        "The roster file " + file + " must end in .csv or .xlsx."); //$NON-NLS-1$ //$NON-NLS-2$
            }
        } catch (IOException e) {
            throw new PortalException(ErrorCode.STORE_CANNOT_ADD, "The roster " + file + " cannot be written: " //$NON-NLS-1$ //$NON-NLS-2$
                    + e.getMessage(), e);
        }
    }

    private static List<String> row(IssuedCertificate certificate) {
        // The roster is the administrator's plain-text list: the password becomes a String for this cell only.
        return List.of(certificate.user().name(), certificate.user().email(), certificate.user().department(),
                certificate.groupId(), certificate.certificateNumber(), certificate.retrievalSecret().apply(String::new));
    }

    static byte[] csv(List<IssuedCertificate> certificates, Locale locale) {
        StringBuilder text = new StringBuilder("\uFEFF"); //$NON-NLS-1$
        line(text, headers(locale));
        for (IssuedCertificate certificate : certificates) {
            line(text, row(certificate));
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        text.setLength(0);
        return bytes;
    }

    private static void line(StringBuilder text, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            String field = fields.get(i);
            if (i > 0) {
                text.append(',');
            }
            if (field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0 || field.indexOf('\r') >= 0) {
                text.append('"').append(field.replace("\"", "\"\"")).append('"'); //$NON-NLS-1$ //$NON-NLS-2$
            } else {
                text.append(field);
            }
        }
        text.append("\r\n"); //$NON-NLS-1$
    }

    static byte[] xlsx(List<IssuedCertificate> certificates, Locale locale) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@")); //$NON-NLS-1$
            CellStyle header = workbook.createCellStyle();
            header.cloneStyleFrom(text);
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            Sheet sheet = workbook.createSheet(locale.getLanguage().equals("ja") ? "\u8a3c\u660e\u66f8\u4e00\u89a7" : "Certificates"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            fill(sheet.createRow(0), headers(locale), header);
            int r = 1;
            for (IssuedCertificate certificate : certificates) {
                fill(sheet.createRow(r++), row(certificate), text);
            }
            for (int c = 0; c < COLUMNS.size(); c++) {
                sheet.setDefaultColumnStyle(c, text);
                sheet.setColumnWidth(c, 20 * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static void fill(Row row, List<String> values, CellStyle style) {
        for (int c = 0; c < values.size(); c++) {
            Cell cell = row.createCell(c);
            cell.setCellStyle(style);
            cell.setCellValue(values.get(c));
        }
    }
}
