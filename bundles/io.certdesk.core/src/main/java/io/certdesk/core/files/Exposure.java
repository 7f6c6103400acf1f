package io.certdesk.core.files;

/** Who besides its owner can get at a file or folder, as {@link OwnerOnly#exposure} finds it. */
public enum Exposure {

    /** Only the current user. */
    NONE,
    /** Other users can read or use it (group or other bits on POSIX; an entry for someone else in the ACL). */
    OTHERS_HAVE_ACCESS,
    /** Other users can change it (group or other write bit on POSIX). */
    OTHERS_CAN_WRITE,
    /** It belongs to another user (POSIX owner). */
    OTHER_OWNER,
    /** It is a symbolic link, which could lead anywhere. */
    LINK,
    /** The file store can restrict nothing (no POSIX bits, no ACL: FAT, some network shares). */
    NO_PROTECTION
}
