package io.certdesk.roster.internal;

import java.text.Normalizer;

/**
 * Normalises a cell's text: NFKC (full-width digits and letters to ASCII, half-width katakana to
 * full-width, the ideographic space to a space), blanks trimmed at both ends, line breaks (CR, LF, CRLF)
 * replaced by one space, other control characters removed. Says what it changed, for the findings.
 */
public final class TextNormaliser {

    /** The normalised text and what changed. */
    public record Result(String text, boolean compatibilityChanged, boolean lineBreaks, boolean controls,
            boolean trimmed) {
    }

    private static final Result NOTHING = new Result("", false, false, false, false); //$NON-NLS-1$

    private TextNormaliser() {
    }

    public static Result normalise(String raw) {
        if (raw == null || raw.isEmpty()) {
            return NOTHING;
        }
        String nfkc = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        boolean compatibility = !nfkc.equals(raw) && !onlySpacesChanged(raw, nfkc);
        StringBuilder out = new StringBuilder(nfkc.length());
        boolean lineBreaks = false;
        boolean controls = false;
        for (int i = 0; i < nfkc.length(); i++) {
            char c = nfkc.charAt(i);
            if (c == '\r' || c == '\n') {
                lineBreaks = true;
                if (c == '\r' && i + 1 < nfkc.length() && nfkc.charAt(i + 1) == '\n') {
                    i++;
                }
                out.append(' ');
            } else if (c == '\t') {
                out.append(' ');
            } else if (Character.isISOControl(c) || c == '\u200B' || c == '\uFEFF') {
                controls = true;
            } else {
                out.append(c);
            }
        }
        String collapsed = lineBreaks ? out.toString().replaceAll(" {2,}", " ") : out.toString(); //$NON-NLS-1$ //$NON-NLS-2$
        String trimmed = collapsed.strip();
        return new Result(trimmed, compatibility, lineBreaks, controls, trimmed.length() != collapsed.length());
    }

    private static boolean onlySpacesChanged(String raw, String nfkc) {
        return raw.replace('\u3000', ' ').equals(nfkc);
    }
}
