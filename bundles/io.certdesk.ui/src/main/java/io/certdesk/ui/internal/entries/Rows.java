package io.certdesk.ui.internal.entries;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.certdesk.delivery.DeliveryResult;
import io.certdesk.jobs.WorkspaceStatus;
import io.certdesk.workspace.Entry;
import io.certdesk.workspace.RenewalStatus;
import io.certdesk.workspace.WindowStatus;

/** Table rows from a job-service status snapshot. */
public final class Rows {

    private Rows() {
    }

    public static List<EntryRow> of(WorkspaceStatus status, ZoneId zone, Instant now) {
        Map<Long, WindowStatus> window = new HashMap<>();
        for (WindowStatus item : status.window()) {
            window.put(Long.valueOf(item.entry().id()), item);
        }
        Set<Long> renewals = new HashSet<>();
        Set<Long> expired = new HashSet<>();
        for (RenewalStatus renewal : status.renewals()) {
            if (renewal.phase() == RenewalStatus.Phase.RENEWAL_OPEN) {
                renewals.add(Long.valueOf(renewal.entry().id()));
            } else if (renewal.phase() == RenewalStatus.Phase.EXPIRED) {
                expired.add(Long.valueOf(renewal.entry().id()));
            }
        }
        Set<Long> passwords = new HashSet<>(status.passwordsPending());
        Set<Long> unknown = new HashSet<>();
        for (DeliveryResult record : status.unknownSends()) {
            unknown.add(Long.valueOf(record.entryId()));
        }
        List<EntryRow> rows = new ArrayList<>(status.entries().size());
        for (Entry entry : status.entries()) {
            Long id = Long.valueOf(entry.id());
            WindowStatus inWindow = window.get(id);
            EntryRow row = new EntryRow(entry, inWindow != null, inWindow != null && inWindow.atRisk(),
                    renewals.contains(id), unknown.contains(id), zone);
            row.mark(expired.contains(id), passwords.contains(id), status.settings().windowMargin());
            row.update(now);
            rows.add(row);
        }
        return rows;
    }
}
