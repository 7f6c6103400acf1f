package io.certdesk.cli.internal.roster;

import java.util.Map;

import org.eclipse.osgi.util.NLS;

import io.certdesk.cli.internal.console.JsonWriter;
import io.certdesk.roster.Finding;
import io.certdesk.roster.ImportResult;
import io.certdesk.roster.RosterException;
import io.certdesk.roster.RosterField;

/** Renders an import result for {@code certdesk roster check}: text for people, JSON for scripts. */
final class CheckReport {

    private static final String NL = System.lineSeparator();

    private CheckReport() {
    }

    static String text(ImportResult result) {
        StringBuilder out = new StringBuilder();
        out.append(NLS.bind(Messages.cliFile, result.source(), result.format().name())).append(NL);
        result.charset().ifPresent(cs -> out.append(NLS.bind(Messages.cliEncoding, cs.name())).append(NL));
        result.sheet().ifPresent(s -> out.append(NLS.bind(Messages.cliSheet, s)).append(NL));
        out.append(NLS.bind(Messages.cliHeaderRow, result.headerRow())).append(NL);
        out.append(Messages.cliMapping).append(NL);
        for (RosterField field : RosterField.values()) {
            String column = result.headerOf(field)
                    .map(h -> NLS.bind(Messages.cliColumn, h, columnLetter(result.mapping().get(field))))
                    .orElse(Messages.cliNotFound);
            out.append("  ").append(field.label()).append(" (").append(field.key()).append("): ").append(column).append(NL); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        out.append(Messages.cliFindings).append(NL);
        for (Finding finding : result.findings()) {
            out.append("  [").append(Messages.severity(finding.severity())).append("] ") //$NON-NLS-1$ //$NON-NLS-2$
                    .append(finding.location()).append(": ").append(finding.message()).append(NL); //$NON-NLS-1$
        }
        out.append(result.summary()).append(NL);
        return out.toString();
    }

    static String json(ImportResult result) {
        JsonWriter json = new JsonWriter().beginObject();
        json.name("file").value(result.source()); //$NON-NLS-1$
        json.name("format").value(result.format().name().toLowerCase(java.util.Locale.ROOT)); //$NON-NLS-1$
        json.name("encoding").value(result.charset().map(cs -> cs.name()).orElse(null)); //$NON-NLS-1$
        json.name("sheet").value(result.sheet().orElse(null)); //$NON-NLS-1$
        json.name("headerRow").value(result.headerRow()); //$NON-NLS-1$
        json.name("headers").beginArray(); //$NON-NLS-1$
        result.headers().forEach(json::value);
        json.endArray();
        json.name("mapping").beginObject(); //$NON-NLS-1$
        for (Map.Entry<RosterField, Integer> e : result.mapping().entrySet()) {
            json.name(e.getKey().key()).beginObject().name("column").value(columnLetter(e.getValue())) //$NON-NLS-1$
                    .name("header").value(result.headers().get(e.getValue())).endObject(); //$NON-NLS-1$
        }
        json.endObject();
        json.name("summary").beginObject() //$NON-NLS-1$
                .name("rows").value(result.entries().size()) //$NON-NLS-1$
                .name("accepted").value(result.accepted()) //$NON-NLS-1$
                .name("warned").value(result.warned()) //$NON-NLS-1$
                .name("rejected").value(result.rejected()) //$NON-NLS-1$
                .name("skipped").value(result.skippedRows()) //$NON-NLS-1$
                .name("text").value(result.summary()).endObject(); //$NON-NLS-1$
        json.name("findings").beginArray(); //$NON-NLS-1$
        for (Finding f : result.findings()) {
            json.beginObject().name("row").value(f.row()) //$NON-NLS-1$
                    .name("column").value(f.column()) //$NON-NLS-1$
                    .name("field").value(f.field() == null ? null : f.field().key()) //$NON-NLS-1$
                    .name("severity").value(f.severity().name().toLowerCase(java.util.Locale.ROOT)) //$NON-NLS-1$
                    .name("code").value(f.code().name()) //$NON-NLS-1$
                    .name("message").value(f.message()).endObject(); //$NON-NLS-1$
        }
        json.endArray().endObject();
        return json + NL;
    }

    static String jsonError(RosterException e) {
        return new JsonWriter().beginObject().name("file").value(e.source()) //$NON-NLS-1$
                .name("error").beginObject().name("problem").value(e.problem().name()) //$NON-NLS-1$ //$NON-NLS-2$
                .name("message").value(e.getMessage()).endObject().endObject() + NL; //$NON-NLS-1$
    }

    private static String columnLetter(Integer index) {
        return index == null ? null : org.apache.poi.ss.util.CellReference.convertNumToColString(index);
    }
}
