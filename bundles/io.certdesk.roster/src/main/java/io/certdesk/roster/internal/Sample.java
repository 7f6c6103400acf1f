package io.certdesk.roster.internal;

import java.util.List;

/** A row read while looking for the header row. */
record Sample(int rowNumber, List<String> cells, boolean hidden) {
}
