package io.certdesk.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import io.certdesk.roster.internal.DefaultRosterReader;

/** The result workbook and CSV, written from the Japanese fixture with realistic engine values. */
class ResultWorkbookWriterTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @TempDir
    Path dir;

    private static List<ResultRow> rows(ImportResult roster) {
        List<ResultRow> rows = new ArrayList<>();
        for (RosterEntry entry : roster.usableEntries()) {
            ResultRow.Builder row = ResultRow.from(entry).status("delivered")
                    .startedAt(Instant.parse("2025-04-01T00:00:00Z")).finishedAt(Instant.parse("2025-04-01T00:00:07Z"))
                    .windowDeadline(Instant.parse("2025-04-02T00:00:05Z"))
                    .exportFileName(entry.value(RosterField.CERTIFICATE_NUMBER).orElse("x") + ".p12")
                    .exportProfile(entry.value(RosterField.EXPORT_PROFILE).orElse("modern"))
                    .fingerprint("3F2A9C1D0B7E44E1A6C2D9F00112233445566778899AABBCCDDEEFF0011223344")
                    .expiry(Instant.parse("2026-04-01T14:59:59Z")).delivery("mail", "sent").delivery("handout", "printed")
                    .handoutPassword(("Exp0rt!" + entry.row()).toCharArray());
            if (entry.row() == 11) {
                row.status("failed").errorCode(502).errorMessage("=認証に失敗しました").remedy("+グループIDを確認してください");
            }
            rows.add(row.build());
        }
        return rows;
    }

    /** A write right after {@link ResultWorkbookWriter#prepare()} waits for it and is complete (twice: once only). */
    @Test
    @Timeout(60)
    void aWorkbookWrittenWhilePoiIsStillStartingIsComplete() throws Exception {
        ImportResult roster = new DefaultRosterReader().read(Fixtures.file("roster-ja.xlsx"), ImportOptions.defaults());
        for (String name : List.of("first.xlsx", "second.xlsx")) {
            ResultWorkbookWriter.prepare();
            Path target = dir.resolve(name);
            assertEquals(7, ResultWorkbookWriter.inZone(TOKYO).writeWorkbook(target, roster.headers(), rows(roster)).rows());
            try (XSSFWorkbook workbook = new XSSFWorkbook(target.toFile())) {
                assertEquals(8, workbook.getSheetAt(0).getPhysicalNumberOfRows(), name);
                assertEquals("00012345", texts(workbook.getSheetAt(0).getRow(1)).get(1), name);
            }
        }
    }

    @Test
    void everyInputColumnAndEveryResultColumnAsText() throws Exception {
        ImportResult roster = new DefaultRosterReader().read(Fixtures.file("roster-ja.xlsx"), ImportOptions.defaults());
        Path target = dir.resolve("result.xlsx");
        ResultWorkbookWriter.Report report = ResultWorkbookWriter.inZone(TOKYO).writeWorkbook(target, roster.headers(), rows(roster));
        assertEquals(7, report.rows());
        assertFalse(report.encrypted());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
        try (XSSFWorkbook workbook = new XSSFWorkbook(target.toFile())) {
            assertEquals(1, workbook.getNumberOfSheets(), "no handout unless asked");
            Sheet sheet = workbook.getSheetAt(0);
            List<String> header = texts(sheet.getRow(0));
            assertEquals(roster.headers(), header.subList(0, roster.headers().size()));
            assertTrue(header.containsAll(List.of("Status", "Re-download deadline (24 h)", "Delivery: mail",
                    "Delivery: handout", "Error code", "Remedy", "Certificate fingerprint (SHA-256)")), header.toString());
            for (Row row : sheet) {
                for (Cell cell : row) {
                    assertEquals(CellType.STRING, cell.getCellType(), cell.getAddress().toString());
                }
            }
            List<String> first = texts(sheet.getRow(1));
            assertEquals("00012345", first.get(1));
            assertEquals("", first.get(2), "no retrieval password in the result");
            assertEquals("2025-04-02 09:00:05", first.get(header.indexOf("Re-download deadline (24 h)")));
            assertEquals("sent", first.get(header.indexOf("Delivery: mail")));
            Row failed = findRow(sheet, "11");
            Cell error = failed.getCell(header.indexOf("Error"));
            assertEquals("=認証に失敗しました", error.getStringCellValue());
            assertTrue(error.getCellStyle().getQuotePrefixed(), "a value starting with = stays inert");
            assertTrue(failed.getCell(header.indexOf("Remedy")).getCellStyle().getQuotePrefixed());
            Row kato = findRow(sheet, "14");
            assertTrue(kato.getCell(header.indexOf("所属部署")).getCellStyle().getQuotePrefixed(), "@SUM(1+1)");
            assertEquals("@", kato.getCell(0).getCellStyle().getDataFormatString());
        }
        assertThrows(RosterException.class, () -> ResultWorkbookWriter.inZone(TOKYO).writeWorkbook(target, List.of(), List.of()),
                "an existing file is never replaced");
    }

    @Test
    void csvNeutralisesFormulaLikeValues() throws Exception {
        ImportResult roster = new DefaultRosterReader().read(Fixtures.file("roster-ja.xlsx"), ImportOptions.defaults());
        Path target = dir.resolve("result.csv");
        ResultWorkbookWriter.inZone(TOKYO).writeCsv(target, roster.headers(), rows(roster));
        byte[] bytes = Files.readAllBytes(target);
        assertEquals(0xEF, bytes[0] & 0xFF, "UTF-8 BOM for Excel");
        String csv = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertTrue(csv.contains(",'=認証に失敗しました,'+グループIDを確認してください"), csv);
        assertTrue(csv.contains(",'@SUM(1+1),"), csv);
        assertTrue(csv.contains(",'=1+1,"), "the note column of row 14: " + csv);
        assertFalse(csv.contains("Ab3dEf9h"));
        assertFalse(csv.contains("Exp0rt!"), "no handout passwords in CSV");
    }

    @Test
    void handoutOnlyOnRequestAndOnlyEncrypted() throws Exception {
        ImportResult roster = new DefaultRosterReader().read(Fixtures.file("roster-ja.xlsx"), ImportOptions.defaults());
        Path target = dir.resolve("handout.xlsx");
        char[] password = "Workbook-Pa55".toCharArray();
        ResultWorkbookWriter writer = ResultWorkbookWriter.inZone(TOKYO).withHandout(password);
        ResultWorkbookWriter.Report report = writer.writeWorkbook(target, roster.headers(), rows(roster));
        writer.clearSecret();
        assertTrue(report.encrypted() && report.handout());
        assertEquals(1, report.warnings().size());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));

        RosterException locked = assertThrows(RosterException.class,
                () -> new DefaultRosterReader().read(target, ImportOptions.defaults()));
        assertEquals(RosterProblem.ENCRYPTED, locked.problem());

        try (POIFSFileSystem fs = new POIFSFileSystem(target.toFile(), true)) {
            EncryptionInfo info = new EncryptionInfo(fs);
            assertEquals(EncryptionMode.agile, info.getEncryptionMode());
            Decryptor decryptor = Decryptor.getInstance(info);
            assertFalse(decryptor.verifyPassword("wrong"));
            assertTrue(decryptor.verifyPassword("Workbook-Pa55"));
            try (InputStream data = decryptor.getDataStream(fs); XSSFWorkbook workbook = new XSSFWorkbook(data)) {
                Sheet handout = workbook.getSheet("Password handout");
                assertTrue(handout.getRow(0).getCell(0).getStringCellValue().startsWith("WARNING"));
                assertEquals(List.of("4", "山田 太郎", "taro.yamada@example.co.jp", "00012345", "00012345.p12", "Exp0rt!4"),
                        texts(handout.getRow(3)));
            }
        }
        assertThrows(IllegalArgumentException.class, () -> ResultWorkbookWriter.inZone(TOKYO).withHandout(new char[0]));
        assertThrows(IllegalStateException.class, () -> ResultWorkbookWriter.inZone(TOKYO).withHandout("x".toCharArray())
                .writeCsv(dir.resolve("no.csv"), List.of(), List.of()));
    }

    private static Row findRow(Sheet sheet, String rosterRow) {
        int column = texts(sheet.getRow(0)).indexOf("Roster row");
        for (Row row : sheet) {
            if (rosterRow.equals(row.getCell(column).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no result row for roster row " + rosterRow);
    }

    private static List<String> texts(Row row) {
        List<String> values = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            values.add(row.getCell(c) == null ? "" : row.getCell(c).getStringCellValue());
        }
        return values;
    }
}
