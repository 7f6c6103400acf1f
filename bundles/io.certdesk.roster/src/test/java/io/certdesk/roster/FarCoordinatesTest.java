package io.certdesk.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.certdesk.roster.internal.DefaultRosterReader;

/**
 * A spreadsheet's declared coordinates cannot make the reader allocate per row or column it leaves out:
 * a few KB declaring the farthest rows and columns the format allows is read in bounded memory and time,
 * and coordinates beyond the format are refused at once.
 */
class FarCoordinatesTest {

    private static final long ALLOCATION_BUDGET = 256L << 20;

    @TempDir
    Path dir;

    @Test
    void farthestRowAndColumnAreReadInBoundedMemory() throws IOException {
        Path file = Fixtures.file("far-coordinates.xlsx");
        assertTrue(Files.size(file) < 16 * 1024, "a few KB");
        ImportResult result = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            long before = allocatedBytes();
            ImportResult read = new DefaultRosterReader().read(file, ImportOptions.defaults());
            long allocated = allocatedBytes() - before;
            assertTrue(allocated < ALLOCATION_BUDGET, "allocated " + (allocated >> 20) + " MiB");
            return read;
        });
        RosterEntry last = Fixtures.entry(result, 1_048_576);
        assertEquals("Far Away", last.value(RosterField.NAME).orElseThrow());
        assertEquals(RowStatus.ACCEPTED, last.status(), last.findings().toString());
        assertTrue(result.findings().size() < 10_000, "findings are counted runs, not one per row: " + result.findings().size());
        long skippedFindings = result.findings().stream().filter(f -> f.code() == FindingCode.EMPTY_ROWS_SKIPPED).count();
        assertTrue(skippedFindings > 0 && skippedFindings < 2_000, Long.toString(skippedFindings));
        int dataRows = result.entries().size();
        assertEquals(1_048_576 - 1 - dataRows, result.skippedRows(), "every row left out is counted");
        assertTrue(last.cells().size() <= 5, "no empty cells kept up to column XFD: " + last.cells().size());
    }

    @ParameterizedTest
    @ValueSource(strings = { "<row r=\"2\"><c r=\"XFE2\" t=\"inlineStr\"><is><t>x</t></is></c></row>",
            "<row r=\"2\"><c r=\"AAAA2\" t=\"inlineStr\"><is><t>x</t></is></c></row>",
            "<row r=\"2\"><c r=\"ZZZZZZZZZ2\" t=\"inlineStr\"><is><t>x</t></is></c></row>",
            "<row r=\"1048577\"><c r=\"A1048577\" t=\"inlineStr\"><is><t>x</t></is></c></row>",
            "<row r=\"2\"><c r=\"A99999999999\" t=\"inlineStr\"><is><t>x</t></is></c></row>",
            "<row r=\"2147483648\"><c r=\"A2\" t=\"inlineStr\"><is><t>x</t></is></c></row>",
            "<row r=\"0\"><c r=\"A2\" t=\"inlineStr\"><is><t>x</t></is></c></row>" })
    void coordinatesBeyondTheFormatAreRefused(String row) throws IOException {
        Path file = workbook(row);
        RosterException refused = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThrows(RosterException.class,
                () -> new DefaultRosterReader().read(file, ImportOptions.defaults())));
        assertEquals(RosterProblem.DAMAGED, refused.problem(), refused.getMessage());
        assertTrue(refused.getMessage().contains("1048576") && refused.getMessage().contains("XFD"), refused.getMessage());
    }

    private Path workbook(String dataRow) throws IOException {
        String header = "<row r=\"1\">" + inline("A1", "Group ID") + inline("B1", "Certificate No.")
                + inline("C1", "Retrieval Password") + inline("D1", "Name") + inline("E1", "Email") + "</row>";
        Map<String, String> parts = Map.of("[Content_Types].xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                        + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                        + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                        + "</Types>",
                "_rels/.rels",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                        + "</Relationships>",
                "xl/workbook.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                        + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                        + "<sheets><sheet name=\"Roster\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>",
                "xl/_rels/workbook.xml.rels",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                        + "</Relationships>",
                "xl/worksheets/sheet1.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                        + header + dataRow + "</sheetData></worksheet>");
        Path file = dir.resolve("beyond.xlsx");
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }

    private static String inline(String ref, String text) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    /** Bytes this thread has allocated (HotSpot's com.sun.management.ThreadMXBean, reached without a compile-time link). */
    private static long allocatedBytes() throws ReflectiveOperationException {
        Class<?> type = Class.forName("com.sun.management.ThreadMXBean");
        Method method = type.getMethod("getCurrentThreadAllocatedBytes");
        return (long) method.invoke(ManagementFactory.getThreadMXBean());
    }
}
