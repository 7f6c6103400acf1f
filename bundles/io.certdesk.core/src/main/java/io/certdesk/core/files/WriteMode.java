package io.certdesk.core.files;

/** What a durable write does when the target file exists. */
public enum WriteMode {

    /** Fail with {@link java.nio.file.FileAlreadyExistsException}; the existing file is never touched. */
    CREATE_NEW,
    /** Replace the existing file atomically: readers see the old or the new content, never a mix. */
    REPLACE
}
