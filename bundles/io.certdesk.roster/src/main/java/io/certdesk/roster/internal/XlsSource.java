package io.certdesk.roster.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import io.certdesk.roster.RosterException;
import io.certdesk.roster.RosterFormat;
import io.certdesk.roster.RosterLimits;
import io.certdesk.roster.RosterProblem;

/**
 * Reads an Excel 97-2003 workbook with HSSF's user model (such files are small by nature: 65,536 rows at
 * most), formula cells from their cached values, numbers as shown, under the row cap.
 */
final class XlsSource implements WorkbookSource {

    private final String source;
    private final RosterLimits limits;
    private final HSSFWorkbook workbook;
    private final List<SheetInfo> sheets;
    private final CellText formatter = new CellText();

    XlsSource(Path file, RosterLimits limits) throws RosterException {
        this.source = file.toString();
        this.limits = limits;
        try {
            POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true);
            if (fs.getRoot().hasEntryCaseInsensitive("EncryptedPackage")) { //$NON-NLS-1$
                fs.close();
                throw new RosterException(RosterProblem.ENCRYPTED, source, null);
            }
            this.workbook = new HSSFWorkbook(fs.getRoot(), false);
        } catch (EncryptedDocumentException e) {
            throw new RosterException(RosterProblem.ENCRYPTED, source, null, e);
        } catch (IOException | RuntimeException e) {
            throw new RosterException(RosterProblem.DAMAGED, source, e.getMessage(), e);
        }
        List<SheetInfo> list = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            boolean hidden = workbook.isSheetHidden(i) || workbook.isSheetVeryHidden(i);
            list.add(new SheetInfo(workbook.getSheetName(i), hidden, Integer.toString(i)));
        }
        this.sheets = List.copyOf(list);
    }

    @Override
    public RosterFormat format() {
        return RosterFormat.XLS;
    }

    @Override
    public List<SheetInfo> sheets() {
        return sheets;
    }

    @Override
    public void read(SheetInfo info, RowHandler handler) throws RosterException {
        Sheet sheet = workbook.getSheetAt(Integer.parseInt(info.ref()));
        try {
            for (int r = sheet.getFirstRowNum(); r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    cells.add(text(row.getCell(c)));
                }
                if (!handler.row(r + 1, cells, row.getZeroHeight())) {
                    return;
                }
            }
        } catch (RuntimeException e) {
            throw new RosterException(RosterProblem.DAMAGED, source, e.getMessage(), e);
        }
    }

    private String text(Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        String value = switch (type) {
            case STRING -> cell.getRichStringCellValue().getString();
            case NUMERIC -> number(cell);
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE"; //$NON-NLS-1$ //$NON-NLS-2$
            case ERROR -> CellText.error(FormulaError.forInt(cell.getErrorCellValue()).getString());
            default -> null;
        };
        if (value != null && value.length() > limits.maxCellChars()) {
            return value.substring(0, limits.maxCellChars());
        }
        return value;
    }

    private String number(Cell cell) {
        CellStyle style = cell.getCellStyle();
        return formatter.formatRawCellContents(cell.getNumericCellValue(), style.getDataFormat(),
                style.getDataFormatString());
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            // read-only: nothing to lose
        }
    }
}
