package io.certdesk.jobs.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.osgi.util.NLS;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.core.files.DurableFiles;
import io.certdesk.core.files.OwnerOnly;
import io.certdesk.core.files.WriteMode;
import io.certdesk.jobs.JobException;
import io.certdesk.portal.Rosters;

/** The files of a demo: its owner-only folder, the generated passphrase, the roster's extra column, mail settings. */
final class DemoFiles {

    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789".toCharArray(); //$NON-NLS-1$

    private DemoFiles() {
    }

    /** Creates the folder owner-only; an existing one must be empty (it becomes owner-only). */
    static void createFolder(Path folder) throws IOException, JobException {
        if (Files.exists(folder)) {
            try (Stream<Path> children = Files.list(folder)) {
                if (children.findAny().isPresent()) {
                    throw new JobException(ErrorCode.STORE_FILE_EXISTS, NLS.bind(Messages.demoFolderExists, folder), null);
                }
            }
            OwnerOnly.restrict(folder);
            return;
        }
        Path parent = folder.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        OwnerOnly.directory(folder);
    }

    /** A 32-character passphrase, written to {@code file} (owner-only from the start). */
    static char[] newPassphrase(Path file) throws IOException {
        SecureRandom random = new SecureRandom();
        char[] passphrase = new char[32];
        for (int i = 0; i < passphrase.length; i++) {
            passphrase[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        byte[] bytes = new byte[passphrase.length + 1];
        for (int i = 0; i < passphrase.length; i++) {
            bytes[i] = (byte) passphrase[i];
        }
        bytes[passphrase.length] = '\n';
        try {
            DurableFiles.write(file, bytes, WriteMode.CREATE_NEW);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
        return passphrase;
    }

    /**
     * Adds a "password recipient" column: the password goes to another mailbox than the file ({@code pw-} before
     * the user's address), as the two-channel rule requires.
     */
    static void addPasswordRecipients(Path roster, Locale locale) throws IOException {
        String emailHeader = Rosters.headers(locale).get(1);
        DataFormatter formatter = new DataFormatter();
        byte[] written;
        try (InputStream in = Files.newInputStream(roster); XSSFWorkbook workbook = new XSSFWorkbook(in);
                ByteArrayOutputStream buffer = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.getSheetAt(0);
            int emailColumn = -1;
            int headerRow = -1;
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (emailHeader.equals(formatter.formatCellValue(cell))) {
                        emailColumn = cell.getColumnIndex();
                        headerRow = row.getRowNum();
                    }
                }
                if (emailColumn >= 0) {
                    break;
                }
            }
            if (emailColumn < 0) {
                throw new IOException(roster + ": no column " + emailHeader); //$NON-NLS-1$
            }
            Row header = sheet.getRow(headerRow);
            int column = header.getLastCellNum();
            Cell title = header.createCell(column);
            title.setCellValue(locale.getLanguage().equals("ja") ? Messages.demoPasswordRecipientHeader //$NON-NLS-1$
                    : "Password recipient"); //$NON-NLS-1$
            title.setCellStyle(header.getCell(emailColumn).getCellStyle());
            for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null || row.getCell(emailColumn) == null) {
                    continue;
                }
                String email = formatter.formatCellValue(row.getCell(emailColumn));
                if (!email.isEmpty()) {
                    Cell cell = row.createCell(column);
                    cell.setCellValue("pw-" + email); //$NON-NLS-1$
                    cell.setCellStyle(row.getCell(emailColumn).getCellStyle());
                }
            }
            workbook.write(buffer);
            written = buffer.toByteArray();
        }
        try {
            DurableFiles.write(roster, written, WriteMode.REPLACE);
        } finally {
            Arrays.fill(written, (byte) 0);
        }
    }

    /** The mail settings of the in-process loopback sink. */
    static void writeMailSettings(Path workspace, int port, Locale locale) throws IOException {
        String text = "# Demo mail settings: the in-process loopback sink (clear text, 127.0.0.1 only).\n" //$NON-NLS-1$
                + "smtp.host = 127.0.0.1\nsmtp.port = " + port + "\nsmtp.security = NONE_LOOPBACK_ONLY\n" //$NON-NLS-1$ //$NON-NLS-2$
                + "from = certdesk-demo@example.jp\nadmin.contact = certdesk-demo@example.jp\n" //$NON-NLS-1$
                + "rate.per.minute = 6000\npassword.mail.delay.seconds = 0\n" //$NON-NLS-1$
                + "language = " + (locale.getLanguage().equals("ja") ? "ja" : "en") + '\n'; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        Path file = workspace.resolve(MailSettingsFile.FILE_NAME);
        DurableFiles.write(file, text.getBytes(StandardCharsets.UTF_8), WriteMode.CREATE_NEW);
    }
}
