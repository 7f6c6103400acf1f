package io.certdesk.runtime.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * POI writes and reads an xlsx inside OSGi. Without a log4j provider, POI's first use hangs forever in
 * log4j-api's start-up lock; the deadline turns such a hang into a failure.
 */
class PoiInOsgiTest {

    @Test
    void writesAndReadsAWorkbookWithJapaneseHeaders() {
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (Workbook workbook = new XSSFWorkbook()) {
                Sheet sheet = workbook.createSheet("\u540d\u7c3f"); // 名簿
                Row header = sheet.createRow(0);
                header.createCell(0).setCellValue("\u30b0\u30eb\u30fc\u30d7ID"); // グループID
                header.createCell(1).setCellValue("\u8a3c\u660e\u66f8\u756a\u53f7"); // 証明書番号
                Row row = sheet.createRow(1);
                row.createCell(0).setCellValue("G0001");
                row.createCell(1).setCellValue("000123");
                workbook.write(bytes);
            }
            try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
                Sheet sheet = workbook.getSheet("\u540d\u7c3f");
                assertEquals("\u8a3c\u660e\u66f8\u756a\u53f7", sheet.getRow(0).getCell(1).getStringCellValue());
                assertEquals("000123", sheet.getRow(1).getCell(1).getStringCellValue());
            }
        });
    }
}
