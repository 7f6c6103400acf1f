package io.certdesk.roster.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import io.certdesk.roster.RosterException;
import io.certdesk.roster.RosterFormat;
import io.certdesk.roster.RosterLimits;
import io.certdesk.roster.RosterProblem;

/**
 * Streams an .xlsx with POI's event API: the sheet XML goes through {@link XSSFSheetXMLHandler} (cached
 * formula values, numbers formatted with the cell's style by {@link CellText}) on POI's hardened SAX
 * reader, with a filter that notes hidden rows. The zip is opened through {@link ZipSecureFile} with the
 * inflate-ratio and entry-size limits set explicitly, and the shared strings are read under limits.
 */
final class XlsxSource implements WorkbookSource {

    private static final Object ZIP_SETTINGS = new Object();
    private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"; //$NON-NLS-1$

    private final String source;
    private final RosterLimits limits;
    private final OPCPackage pkg;
    private final XSSFReader reader;
    private final List<SheetInfo> sheets;
    private StylesTable styles;
    private BoundedSharedStrings strings;

    XlsxSource(Path file, RosterLimits limits) throws RosterException {
        this.source = file.toString();
        this.limits = limits;
        OPCPackage opened = null;
        try {
            synchronized (ZIP_SETTINGS) {
                ZipSecureFile.setMinInflateRatio(limits.minInflateRatio());
                ZipSecureFile.setMaxEntrySize(limits.maxEntryBytes());
                ZipSecureFile.setMaxTextSize(limits.maxSharedStringChars());
                opened = OPCPackage.open(file.toFile(), PackageAccess.READ);
            }
            this.pkg = opened;
            this.reader = new XSSFReader(pkg);
            this.sheets = readSheetList();
        } catch (IOException | SAXException | OpenXML4JException | RuntimeException e) {
            if (opened != null) {
                opened.revert();
            }
            throw classify(e);
        }
    }

    private List<SheetInfo> readSheetList() throws IOException, SAXException, OpenXML4JException {
        List<SheetInfo> list = new ArrayList<>();
        try (InputStream in = reader.getWorkbookData()) {
            SafeXml.parse(in, new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes) {
                    if ("sheet".equals(localName)) { //$NON-NLS-1$
                        String state = attributes.getValue("state"); //$NON-NLS-1$
                        boolean hidden = "hidden".equals(state) || "veryHidden".equals(state); //$NON-NLS-1$ //$NON-NLS-2$
                        list.add(new SheetInfo(attributes.getValue("name"), hidden, attributes.getValue(REL_NS, "id"))); //$NON-NLS-1$ //$NON-NLS-2$
                    }
                }
            });
        }
        return List.copyOf(list);
    }

    @Override
    public RosterFormat format() {
        return RosterFormat.XLSX;
    }

    @Override
    public List<SheetInfo> sheets() {
        return sheets;
    }

    @Override
    public void read(SheetInfo sheet, RowHandler handler) throws RosterException {
        try {
            loadShared();
            Rows rows = new Rows(handler);
            XSSFSheetXMLHandler sheetHandler = new XSSFSheetXMLHandler(styles, strings, rows, new CellText(), false);
            try (InputStream in = reader.getSheet(sheet.ref())) {
                SafeXml.parse(in, new HiddenRowFilter(sheetHandler, rows, source));
            }
        } catch (StopReading stop) {
            if (stop.failure() != null) {
                throw stop.failure();
            }
        } catch (IOException | SAXException | OpenXML4JException | RuntimeException e) {
            throw classify(e);
        }
    }

    private void loadShared() throws IOException, SAXException, OpenXML4JException {
        if (styles == null) {
            styles = reader.getStylesTable();
        }
        if (strings == null) {
            if (pkg.getPartsByContentType(org.apache.poi.xssf.usermodel.XSSFRelation.SHARED_STRINGS.getContentType()).isEmpty()) {
                strings = BoundedSharedStrings.empty();
            } else {
                try (InputStream in = reader.getSharedStringsData()) {
                    strings = new BoundedSharedStrings(in, limits.maxCellChars(), limits.maxSharedStringChars());
                }
            }
        }
    }

    private RosterException classify(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StopReading stop && stop.failure() != null) {
                return stop.failure();
            }
            if (t instanceof BoundedSharedStrings.LimitExceeded limit) {
                return new RosterException(RosterProblem.TOO_LARGE, source, limit.getMessage(), e);
            }
            String message = t.getMessage();
            if (message != null && (message.contains("Zip bomb") || message.contains("exceed the max size"))) { //$NON-NLS-1$ //$NON-NLS-2$
                return new RosterException(RosterProblem.UNSAFE_COMPRESSION, source,
                        Messages.bind(Messages.limitInflate, limits.minInflateRatio(), limits.maxEntryBytes()), e);
            }
        }
        if (e instanceof SAXException && SafeXml.isDoctypeRefusal(e)) {
            return new RosterException(RosterProblem.UNSAFE_XML, source, null, e);
        }
        return new RosterException(RosterProblem.DAMAGED, source, e.getMessage(), e);
    }

    @Override
    public void close() {
        pkg.revert();
    }

    /** Collects one row's cells for the row handler; only the cells that hold something are stored. */
    private static final class Rows implements SheetContentsHandler {
        private final RowHandler handler;
        private final SparseCells.Builder cells = new SparseCells.Builder();
        private boolean hidden;
        private int nextColumn;

        Rows(RowHandler handler) {
            this.handler = handler;
        }

        void hidden(boolean rowHidden) {
            this.hidden = rowHidden;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
            nextColumn = 0;
        }

        @Override
        public void endRow(int rowNum) {
            try {
                if (!handler.row(rowNum + 1, cells.build(), hidden)) {
                    throw new Stop(new StopReading(null));
                }
            } catch (RosterException e) {
                throw new Stop(new StopReading(e));
            }
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            int column = cellReference == null ? nextColumn : new CellReference(cellReference).getCol();
            String value = formattedValue;
            if (value != null && value.startsWith("ERROR:")) { //$NON-NLS-1$
                value = CellText.error(value.substring("ERROR:".length())); //$NON-NLS-1$
            }
            cells.put(column, value);
            nextColumn = column + 1;
        }
    }

    /** Carries a {@link StopReading} out of the handler callbacks, which cannot throw checked exceptions. */
    private static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stop(StopReading reason) {
            super(reason);
        }
    }

    /**
     * Notes the {@code hidden} attribute of each row before the sheet handler sees it, and refuses a row or
     * cell reference beyond the format's last row (1,048,576) or column (XFD, 16,384) before anything is
     * allocated for it.
     */
    private static final class HiddenRowFilter extends DefaultHandler {
        private final XSSFSheetXMLHandler delegate;
        private final Rows rows;
        private final String source;

        HiddenRowFilter(XSSFSheetXMLHandler delegate, Rows rows, String source) {
            this.delegate = delegate;
            this.rows = rows;
            this.source = source;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
            if ("row".equals(localName)) { //$NON-NLS-1$
                String hidden = attributes.getValue("hidden"); //$NON-NLS-1$
                rows.hidden("1".equals(hidden) || "true".equals(hidden)); //$NON-NLS-1$ //$NON-NLS-2$
                String r = attributes.getValue("r"); //$NON-NLS-1$
                if (r != null && !SheetBounds.rowWithin(r)) {
                    throw beyond(r);
                }
            } else if ("c".equals(localName)) { //$NON-NLS-1$
                String r = attributes.getValue("r"); //$NON-NLS-1$
                if (r != null && !SheetBounds.cellWithin(r)) {
                    throw beyond(r);
                }
            }
            call(() -> delegate.startElement(uri, localName, qName, attributes));
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            call(() -> delegate.endElement(uri, localName, qName));
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            call(() -> delegate.characters(ch, start, length));
        }

        private StopReading beyond(String reference) {
            String shown = reference.length() > 20 ? reference.substring(0, 20) + "..." : reference; //$NON-NLS-1$
            return new StopReading(new RosterException(RosterProblem.DAMAGED, source, Messages.bind(Messages.limitCoordinates,
                    shown, SheetBounds.XLSX_MAX_ROWS, SheetBounds.XLSX_LAST_COLUMN)));
        }

        private interface SaxCall {
            void run() throws SAXException;
        }

        private static void call(SaxCall call) throws SAXException {
            try {
                call.run();
            } catch (Stop stop) {
                throw (StopReading) stop.getCause();
            }
        }
    }
}
