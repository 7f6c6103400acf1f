package io.certdesk.roster.internal;

import java.io.IOException;
import java.io.InputStream;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.util.XMLHelper;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * SAX parsing of workbook parts with POI's hardened reader (no external entities or DTDs, secure
 * processing) and, on top, DOCTYPE declarations refused outright: a spreadsheet part never needs one,
 * so XXE and entity-expansion ("billion laughs") files fail at their first line.
 */
final class SafeXml {

    static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl"; //$NON-NLS-1$

    private SafeXml() {
    }

    static void parse(InputStream in, ContentHandler handler) throws IOException, SAXException {
        XMLReader reader;
        try {
            reader = XMLHelper.newXMLReader();
        } catch (ParserConfigurationException e) {
            throw new SAXException(e);
        }
        reader.setFeature(DISALLOW_DOCTYPE, true);
        reader.setContentHandler(handler);
        reader.parse(new InputSource(in));
    }

    /** Whether a parse failure was a refused DOCTYPE or entity. */
    static boolean isDoctypeRefusal(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && (message.contains("DOCTYPE") || message.contains("entity") //$NON-NLS-1$ //$NON-NLS-2$
                    || message.contains("Entity"))) { //$NON-NLS-1$
                return true;
            }
        }
        return false;
    }
}
