package io.certdesk.jobs.internal;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import io.certdesk.delivery.DeliveryException;
import io.certdesk.delivery.DeliveryPart;
import io.certdesk.delivery.DeliveryResult;
import io.certdesk.roster.ResultRow;
import io.certdesk.roster.ResultWorkbookWriter;
import io.certdesk.roster.RosterException;
import io.certdesk.crypto.ExportProfile;
import io.certdesk.workspace.Entry;
import io.certdesk.workspace.EntryState;
import io.certdesk.workspace.Workspace;
import io.certdesk.workspace.WorkspaceException;

/** The result workbook of a workspace: one {@link ResultRow} per entry, no password. */
public final class ResultReport {

    private ResultReport() {
    }

    /** Writes the workbook ({@code target} must not exist) and returns the rows written. */
    public static int write(WorkspaceDelivery delivery, Path target) throws WorkspaceException, DeliveryException, RosterException {
        List<Entry> entries = delivery.workspace().entries();
        ExportProfile profile = delivery.workspace().settings().exportProfile();
        List<String> headers = entries.isEmpty() ? List.of() : headers(delivery.workspace(), entries.get(0));
        List<ResultRow> rows = new ArrayList<>();
        for (Entry entry : entries) {
            rows.add(row(delivery, entry, profile));
        }
        return ResultWorkbookWriter.inZone(ZoneId.of("Asia/Tokyo")).writeWorkbook(target, headers, rows).rows(); //$NON-NLS-1$
    }

    private static ResultRow row(WorkspaceDelivery delivery, Entry entry, ExportProfile profile) throws DeliveryException {
        ResultRow.Builder row = ResultRow.builder().sourceRow(number(entry.extras().getOrDefault(RosterImport.ROW, "0"))) //$NON-NLS-1$
                .inputCells(split(entry.extras().getOrDefault(RosterImport.CELLS, ""))) //$NON-NLS-1$
                .name(entry.name()).email(entry.email()).certificateNumber(entry.certificateNumber())
                .status(entry.state().displayName()).startedAt(entry.importedAt());
        if (!entry.state().working()) {
            row.finishedAt(entry.updatedAt());
        }
        entry.downloadDeadline().ifPresent(row::windowDeadline);
        if (entry.exportSha256().isPresent()) {
            row.exportFileName(entry.certificateNumber() + ".p12").exportProfile(entry.exportProfile().orElse(profile).id()); //$NON-NLS-1$
        }
        entry.certificate().ifPresent(c -> row.fingerprint(c.sha256()).expiry(c.notAfter()));
        for (DeliveryPart part : DeliveryPart.values()) {
            Optional<DeliveryResult> record = delivery.latest(entry.id(), part);
            if (record.isPresent()) {
                row.delivery(part.displayName() + " (" + record.get().channel().displayName() + ')', //$NON-NLS-1$
                        record.get().state().displayName());
            }
        }
        if (entry.state() == EntryState.FAILED || entry.state() == EntryState.WINDOW_PASSED) {
            entry.errorCode().ifPresent(code -> row.errorCode(Integer.valueOf(code.code())).remedy(code.remedy())
                    .errorMessage(entry.errorDetail().orElse(code.message())));
        }
        return row.build();
    }

    /** The header row of the import the entry came from (the workbook's input columns). */
    private static List<String> headers(Workspace workspace, Entry entry) throws WorkspaceException {
        if (entry.importId().isEmpty()) {
            return List.of();
        }
        long id = entry.importId().get().longValue();
        return workspace.imports().stream().filter(i -> i.id() == id).findFirst().map(i -> i.source().headers())
                .orElse(List.of());
    }

    private static List<String> split(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(RosterImport.SEPARATOR, -1));
    }

    private static int number(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
