package io.certdesk.ui.internal.activity;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.jobs.JobEvent;
import io.certdesk.jobs.WorkspaceStatus;
import io.certdesk.workspace.Entry;
import io.certdesk.workspace.EntryState;
import io.certdesk.workspace.PipelineStage;

/**
 * Moves the entries of a status along with a run's events while the run holds the workspace (the job service takes
 * one operation per session at a time, so the status cannot be read again until the run ends): a finished download,
 * verification or export moves the entry to DOWNLOADED, VERIFIED or EXPORTED, a failure to FAILED with its code. The
 * status read after the run replaces this guess with the workspace's own.
 */
public final class LiveStatus {

    private LiveStatus() {
    }

    /** The status after these events (the same object when none changes an entry). */
    public static WorkspaceStatus apply(WorkspaceStatus status, List<JobEvent> events) {
        Map<Long, Change> changes = new HashMap<>();
        for (JobEvent event : events) {
            changeOf(event).ifPresent(change -> changes.put(Long.valueOf(event.entryId()), change));
        }
        if (changes.isEmpty()) {
            return status;
        }
        List<Entry> entries = new ArrayList<>(status.entries().size());
        Map<EntryState, Integer> counts = new EnumMap<>(EntryState.class);
        for (EntryState state : EntryState.values()) {
            counts.put(state, Integer.valueOf(0));
        }
        for (Entry entry : status.entries()) {
            Change change = changes.get(Long.valueOf(entry.id()));
            Entry now = change == null ? entry : with(entry, change);
            entries.add(now);
            counts.merge(now.state(), Integer.valueOf(1), Integer::sum);
        }
        return new WorkspaceStatus(status.settings(), entries, counts, status.window(), status.renewals(),
                status.unknownSends());
    }

    private record Change(EntryState state, Optional<ErrorCode> error, String detail) {
    }

    private static Optional<Change> changeOf(JobEvent event) {
        if (event.entryId() == 0 || event.stage().isEmpty()) {
            return Optional.empty();
        }
        if (event.kind() == JobEvent.Kind.ENTRY_FAILED) {
            return Optional.of(new Change(EntryState.FAILED, event.error(), event.detail()));
        }
        if (event.kind() == JobEvent.Kind.ENTRY_FINISHED) {
            PipelineStage stage = event.stage().get();
            EntryState state = switch (stage) {
                case DOWNLOAD -> EntryState.DOWNLOADED;
                case VERIFY -> EntryState.VERIFIED;
                case EXPORT -> EntryState.EXPORTED;
            };
            return Optional.of(new Change(state, Optional.empty(), null));
        }
        return Optional.empty();
    }

    private static Entry with(Entry e, Change change) {
        boolean failed = change.state() == EntryState.FAILED;
        return new Entry(e.id(), e.groupId(), e.certificateNumber(), e.name(), e.email(), e.department(), e.channel(),
                e.recipient(), e.exportProfile(), e.extras(), e.importId(), change.state(),
                failed ? Optional.of(e.state()) : Optional.empty(), failed ? change.error() : Optional.empty(),
                failed ? Optional.ofNullable(change.detail()) : Optional.empty(), e.importedAt(), e.updatedAt(),
                e.firstDownloadAt(), e.firstDownloadFromPortal(), e.downloadCount(), e.rawSha256(), e.certificate(),
                e.exportSha256(), e.supersededBy());
    }
}
