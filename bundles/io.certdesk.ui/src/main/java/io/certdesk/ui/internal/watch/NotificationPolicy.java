package io.certdesk.ui.internal.watch;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which findings to tell now: each kind at most once per period, unless it got worse since it was told (more entries,
 * or a closing window under the second warning time). A kind that disappears is forgotten, so its return is told.
 */
public final class NotificationPolicy {

    private record Told(int count, int level, Instant at) {
    }

    private final Map<WatchKind, Told> told = new EnumMap<>(WatchKind.class);

    /** The findings to notify now, recording them as told. */
    public List<Finding> due(List<Finding> findings, Instant now, Duration period) {
        Set<WatchKind> present = EnumSet.noneOf(WatchKind.class);
        List<Finding> due = new ArrayList<>();
        for (Finding finding : findings) {
            present.add(finding.kind());
            Told last = told.get(finding.kind());
            boolean worse = last != null && (finding.count() > last.count() || finding.level() > last.level());
            if (last == null || worse || !now.isBefore(last.at().plus(period))) {
                told.put(finding.kind(), new Told(finding.count(), finding.level(), now));
                due.add(finding);
            } else if (finding.count() < last.count() || finding.level() < last.level()) {
                // better now: remember the lower mark, so that getting worse again is told
                told.put(finding.kind(), new Told(finding.count(), finding.level(), last.at()));
            }
        }
        told.keySet().retainAll(present);
        return due;
    }

    /** Forgets everything told (another workspace was opened). */
    public void reset() {
        told.clear();
    }
}
