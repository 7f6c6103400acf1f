package io.certdesk.ui.tests;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.delivery.DeliveryChannel;
import io.certdesk.jobs.WorkspaceStatus;
import io.certdesk.workspace.Entry;
import io.certdesk.workspace.EntryState;
import io.certdesk.workspace.WindowStatus;
import io.certdesk.workspace.WorkspaceSettings;

/** Entries and statuses as the job service hands them out, for states a quick test cannot reach through a portal. */
final class Fixtures {

    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private Fixtures() {
    }

    static Entry entry(long id, String name, String department, EntryState state, Optional<Instant> firstDownload,
            Optional<ErrorCode> error) {
        Instant imported = Instant.parse("2026-12-01T00:00:00Z");
        return new Entry(id, "GROUP-A", String.format("1000%04d", id), name, "user" + id + "@example.jp", department,
                Optional.of(DeliveryChannel.MAIL), "user" + id + "@example.jp", Optional.empty(), Map.of(), Optional.empty(),
                state,
                state == EntryState.FAILED ? Optional.of(EntryState.DOWNLOADED) : Optional.empty(), error,
                error.map(ErrorCode::message), imported, imported, firstDownload, firstDownload.isPresent(),
                firstDownload.isPresent() ? 1 : 0, Optional.empty(), Optional.empty(), Optional.empty(),
                state == EntryState.SUPERSEDED ? Optional.of(Long.valueOf(id + 1000)) : Optional.empty());
    }

    /** A status of these entries as the job service computes it at {@code now} (window: unfinished, downloaded). */
    static WorkspaceStatus status(List<Entry> entries, Instant now) {
        WorkspaceSettings settings = WorkspaceSettings.defaults();
        Map<EntryState, Integer> counts = new EnumMap<>(EntryState.class);
        for (EntryState state : EntryState.values()) {
            counts.put(state, Integer.valueOf(0));
        }
        List<WindowStatus> window = new java.util.ArrayList<>();
        for (Entry entry : entries) {
            counts.merge(entry.state(), Integer.valueOf(1), Integer::sum);
            boolean unfinished = entry.state() == EntryState.IMPORTED || entry.state() == EntryState.DOWNLOADED
                    || entry.state() == EntryState.VERIFIED || entry.state() == EntryState.FAILED;
            if (entry.firstDownloadAt().isPresent() && unfinished) {
                Instant deadline = entry.downloadDeadline().get();
                Duration left = Duration.between(now, deadline);
                boolean downloaded = entry.state() != EntryState.IMPORTED;
                window.add(new WindowStatus(entry, entry.firstDownloadAt().get(), deadline, left,
                        downloaded && left.compareTo(settings.windowMargin()) < 0));
            }
        }
        return new WorkspaceStatus(settings, entries, counts, window, List.of(), List.of());
    }
}
