package io.certdesk.roster;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Generates large rosters for the streaming test and the benchmark. */
public final class RosterGenerator {

    private RosterGenerator() {
    }

    /** Writes a roster like Excel does (shared strings), {@code rows} data rows below a title and headers. */
    public static Path generate(Path file, int rows) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 100, true, true)) {
            SXSSFSheet sheet = workbook.createSheet("名簿");
            sheet.createRow(0).createCell(0).setCellValue("証明書配布名簿");
            String[] headers = { "グループID", "証明書番号", "取得パスワード", "氏名", "メールアドレス", "所属", "社員番号" };
            Row header = sheet.createRow(2);
            for (int c = 0; c < headers.length; c++) {
                header.createCell(c).setCellValue(headers[c]);
            }
            short zeros = workbook.createDataFormat().getFormat("00000000");
            var style = workbook.createCellStyle();
            style.setDataFormat(zeros);
            for (int i = 0; i < rows; i++) {
                Row row = sheet.createRow(3 + i);
                row.createCell(0).setCellValue("G0012345");
                var number = row.createCell(1);
                number.setCellValue(10_000 + i);
                number.setCellStyle(style);
                row.createCell(2).setCellValue("Pw" + Integer.toString(i * 7919, 36) + "x9");
                row.createCell(3).setCellValue("利用者 " + i);
                row.createCell(4).setCellValue("user" + i + "@example.co.jp");
                row.createCell(5).setCellValue("部署" + (i % 40));
                row.createCell(6).setCellValue(100_000 + i);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
            workbook.dispose();
        }
        return file;
    }

}
