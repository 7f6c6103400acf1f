package io.certdesk.cli.internal.console;

import java.io.PrintWriter;
import java.util.Map;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.delivery.DeliveryState;
import io.certdesk.delivery.DeliveryReport;
import io.certdesk.jobs.ImportSummary;
import io.certdesk.roster.Finding;
import io.certdesk.workspace.EntryState;
import io.certdesk.workspace.ProgressCounts;

/** The pieces of the {@code --json} documents the batch commands print (field names are stable; enum names). */
public final class JsonReports {

    private JsonReports() {
    }

    /** {@code "import": {...}}: added, already present, rejected rows, findings. */
    public static void imported(JsonWriter json, ImportSummary summary) {
        json.name("import").beginObject().name("added").value(summary.added()) //$NON-NLS-1$ //$NON-NLS-2$
                .name("alreadyPresent").value(summary.alreadyPresent()).name("rejectedRows").beginArray(); //$NON-NLS-1$ //$NON-NLS-2$
        summary.rejectedRows().forEach(row -> json.value(row.longValue()));
        json.endArray().name("findings").beginArray(); //$NON-NLS-1$
        for (Finding finding : summary.findings()) {
            json.beginObject().name("row").value(finding.row()).name("code").value(finding.code().name()) //$NON-NLS-1$ //$NON-NLS-2$
                    .name("severity").value(finding.severity().name()).name("location").value(finding.location()) //$NON-NLS-1$ //$NON-NLS-2$
                    .name("message").value(finding.message()).endObject(); //$NON-NLS-1$
        }
        json.endArray().endObject();
    }

    /** {@code "pipeline": {...}}: the run's counts and whether it was cancelled. */
    public static void pipeline(JsonWriter json, ProgressCounts c, boolean cancelled) {
        json.name("pipeline").beginObject().name("total").value(c.total()).name("downloaded").value(c.downloaded()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .name("verified").value(c.verified()).name("exported").value(c.exported()) //$NON-NLS-1$ //$NON-NLS-2$
                .name("failed").value(c.failed()).name("skipped").value(c.skipped()) //$NON-NLS-1$ //$NON-NLS-2$
                .name("cancelled").value(cancelled).endObject(); //$NON-NLS-1$
    }

    /** {@code "delivery": {...}}: parts per outcome. */
    public static void delivery(JsonWriter json, DeliveryReport report) {
        json.name("delivery").beginObject(); //$NON-NLS-1$
        for (DeliveryState outcome : DeliveryState.values()) {
            long n = report.count(outcome);
            if (n > 0) {
                json.name(outcome.name()).value(n);
            }
        }
        json.name("problems").value(report.hasProblems()).endObject(); //$NON-NLS-1$
    }

    /** {@code "states": {...}}: entries per state. */
    public static void states(JsonWriter json, Map<EntryState, Integer> counts) {
        json.name("states").beginObject(); //$NON-NLS-1$
        counts.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> json.name(e.getKey().name()).value(e.getValue().longValue()));
        json.endObject();
    }

    /** A failure of the whole command as the document: {@code {"error": {code, message, remedy}}}. */
    public static void error(PrintWriter out, ErrorCode code, String message) {
        JsonWriter json = new JsonWriter().beginObject().name("error").beginObject().name("code").value(code.code()) //$NON-NLS-1$ //$NON-NLS-2$
                .name("message").value(ErrorLines.withoutCodeAndRemedy(code, message)).name("remedy").value(code.remedy()).endObject().endObject(); //$NON-NLS-1$ //$NON-NLS-2$
        out.println(json);
        out.flush();
    }
}
