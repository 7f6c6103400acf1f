package io.certdesk.ui.internal.watch;

import io.certdesk.ui.internal.activity.JobEnd;

/** Where the watcher's notifications go: pop-ups in the window, a list in tests. */
public interface Notifier {

    /** Tells one finding (counts and the next deadline, never a person). */
    void finding(Finding finding);

    /** Tells that a run or delivery ended. */
    void jobEnded(JobEnd end);
}
