package io.certdesk.roster.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.xssf.model.SharedStrings;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The shared-strings table of an .xlsx, read with the safe SAX reader under two limits: characters per
 * string (Excel's own limit is 32,767) and characters of all strings together. The declared counts are
 * ignored (a file may claim two billion strings to make a reader pre-allocate). Phonetic guides
 * ({@code rPh}, the furigana Japanese Excel stores) are not part of the text.
 */
final class BoundedSharedStrings implements SharedStrings {

    /** Thrown when a limit is passed; carries the limit's description. */
    static final class LimitExceeded extends SAXException {
        private static final long serialVersionUID = 1L;

        LimitExceeded(String message) {
            super(message);
        }
    }

    private final List<String> strings = new ArrayList<>();

    BoundedSharedStrings(InputStream in, int maxCellChars, long maxTotalChars) throws IOException, SAXException {
        SafeXml.parse(in, new Handler(maxCellChars, maxTotalChars));
    }

    private BoundedSharedStrings() {
    }

    static BoundedSharedStrings empty() {
        return new BoundedSharedStrings();
    }

    @Override
    public RichTextString getItemAt(int idx) {
        return new PlainText(idx >= 0 && idx < strings.size() ? strings.get(idx) : ""); //$NON-NLS-1$
    }

    @Override
    public int getCount() {
        return strings.size();
    }

    @Override
    public int getUniqueCount() {
        return strings.size();
    }

    private final class Handler extends DefaultHandler {
        private final int maxCellChars;
        private final long maxTotalChars;
        private final StringBuilder current = new StringBuilder();
        private long total;
        private boolean inItem;
        private boolean inText;
        private int phonetic;

        Handler(int maxCellChars, long maxTotalChars) {
            this.maxCellChars = maxCellChars;
            this.maxTotalChars = maxTotalChars;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "si" -> { //$NON-NLS-1$
                    inItem = true;
                    current.setLength(0);
                }
                case "rPh" -> phonetic++; //$NON-NLS-1$
                case "t" -> inText = inItem && phonetic == 0; //$NON-NLS-1$
                default -> {
                    // formatting runs and properties carry no text
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            switch (localName) {
                case "si" -> { //$NON-NLS-1$
                    inItem = false;
                    strings.add(current.toString());
                }
                case "rPh" -> phonetic--; //$NON-NLS-1$
                case "t" -> inText = false; //$NON-NLS-1$
                default -> {
                    // nothing
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            if (!inText) {
                return;
            }
            total += length;
            if (current.length() + length > maxCellChars) {
                throw new LimitExceeded(Messages.bind(Messages.limitCellChars, strings.size() + 1, maxCellChars));
            }
            if (total > maxTotalChars) {
                throw new LimitExceeded(Messages.bind(Messages.limitSharedStrings, maxTotalChars));
            }
            current.append(ch, start, length);
        }
    }

    /** A shared string without formatting: all the sheet handler needs is its text. */
    private record PlainText(String text) implements RichTextString {
        @Override
        public String getString() {
            return text;
        }

        @Override
        public String toString() {
            return text;
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public int numFormattingRuns() {
            return 0;
        }

        @Override
        public int getIndexOfFormattingRun(int index) {
            return 0;
        }

        @Override
        public void applyFont(int startIndex, int endIndex, short fontIndex) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void applyFont(int startIndex, int endIndex, Font font) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void applyFont(Font font) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void clearFormatting() {
            // nothing to clear
        }

        @Override
        public void applyFont(short fontIndex) {
            throw new UnsupportedOperationException();
        }
    }
}
