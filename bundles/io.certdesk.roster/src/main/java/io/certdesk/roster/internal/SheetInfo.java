package io.certdesk.roster.internal;

/**
 * One sheet of a workbook.
 *
 * @param name   the sheet's name (the file name for CSV)
 * @param hidden whether it is hidden (or very hidden)
 * @param ref    reader-specific reference (relationship id, index)
 */
public record SheetInfo(String name, boolean hidden, String ref) {
}
