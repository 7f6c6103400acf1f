package io.certdesk.jobs;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.certdesk.delivery.DeliveryResult;
import io.certdesk.workspace.Entry;
import io.certdesk.workspace.EntryState;
import io.certdesk.workspace.RenewalStatus;
import io.certdesk.workspace.WindowStatus;
import io.certdesk.workspace.WorkspaceSettings;

/**
 * A snapshot of a workspace for an administrator.
 *
 * @param settings     the workspace settings (window margin, renewal window)
 * @param entries      every entry
 * @param counts       entries per state (every state, zero included), in state order
 * @param window       entries inside their 24-hour download window, with deadlines; {@link #atRisk()} those close to it
 * @param renewals     certificates and their renewal phase
 * @param unknownSends sends whose outcome is unknown (to confirm as delivered or to resend)
 * @param passwordsPending the exported entries whose file was delivered and whose password was not yet (the password
 *                     mail waits, or the handout or hand-over is still to be done), by id
 */
public record WorkspaceStatus(WorkspaceSettings settings, List<Entry> entries, Map<EntryState, Integer> counts,
        List<WindowStatus> window, List<RenewalStatus> renewals, List<DeliveryResult> unknownSends,
        List<Long> passwordsPending) {

    public WorkspaceStatus {
        entries = List.copyOf(entries);
        counts = counts.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(counts));
        window = List.copyOf(window);
        renewals = List.copyOf(renewals);
        unknownSends = List.copyOf(unknownSends);
        passwordsPending = List.copyOf(passwordsPending);
    }

    /** A status without delivery progress (no password pending). */
    public WorkspaceStatus(WorkspaceSettings settings, List<Entry> entries, Map<EntryState, Integer> counts,
            List<WindowStatus> window, List<RenewalStatus> renewals, List<DeliveryResult> unknownSends) {
        this(settings, entries, counts, window, renewals, unknownSends, List.of());
    }

    /** Entries whose download window closes soon. */
    public List<WindowStatus> atRisk() {
        return window.stream().filter(WindowStatus::atRisk).toList();
    }

    /** Entries that failed or whose window passed. */
    public List<Entry> failed() {
        return entries.stream().filter(e -> e.state() == EntryState.FAILED || e.state() == EntryState.WINDOW_PASSED).toList();
    }

    /** Whether an administrator must act: an entry at risk or failed. */
    public boolean alert() {
        return !atRisk().isEmpty() || counts.getOrDefault(EntryState.FAILED, Integer.valueOf(0)).intValue() > 0;
    }
}
