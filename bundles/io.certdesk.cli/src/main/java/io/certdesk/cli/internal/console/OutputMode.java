package io.certdesk.cli.internal.console;

/** How a command reports: for people, nothing but errors, or one JSON document for scripts. */
public enum OutputMode {
    /** Progress lines, a summary, failures grouped by error. */
    HUMAN,
    /** Nothing on standard output; errors on standard error; the exit code tells the rest. */
    QUIET,
    /** One JSON document on standard output at the end; no progress; errors on standard error. */
    JSON
}
