package io.certdesk.product.tests;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/** The headers of a Windows PE executable that the launcher and setup tests check. */
record PeFile(int machine, int magic, int subsystem, Set<Integer> resourceTypes, byte[] bytes) {

    static final int MACHINE_AMD64 = 0x8664;
    static final int MAGIC_PE32_PLUS = 0x20b;
    static final int SUBSYSTEM_WINDOWS_GUI = 2;
    static final int RT_ICON = 3;
    static final int RT_GROUP_ICON = 14;
    static final int RT_VERSION = 16;

    static PeFile parse(byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (b.getShort(0) != 0x5a4d) {
            throw new IllegalArgumentException("no MZ header");
        }
        int pe = b.getInt(0x3c);
        if (b.getInt(pe) != 0x00004550) {
            throw new IllegalArgumentException("no PE signature");
        }
        int coff = pe + 4;
        int machine = Short.toUnsignedInt(b.getShort(coff));
        int sections = Short.toUnsignedInt(b.getShort(coff + 2));
        int optionalSize = Short.toUnsignedInt(b.getShort(coff + 16));
        int optional = coff + 20;
        int magic = Short.toUnsignedInt(b.getShort(optional));
        int subsystem = Short.toUnsignedInt(b.getShort(optional + 68));
        int directories = optional + (magic == MAGIC_PE32_PLUS ? 112 : 96);
        int resourceRva = b.getInt(directories + 2 * 8);
        int sectionTable = optional + optionalSize;
        Set<Integer> types = new HashSet<>();
        for (int i = 0; i < sections && resourceRva != 0; i++) {
            int s = sectionTable + 40 * i;
            int virtualAddress = b.getInt(s + 12);
            int rawSize = b.getInt(s + 16);
            int rawPointer = b.getInt(s + 20);
            if (resourceRva >= virtualAddress && resourceRva < virtualAddress + rawSize) {
                int root = rawPointer + (resourceRva - virtualAddress);
                int entries = Short.toUnsignedInt(b.getShort(root + 12)) + Short.toUnsignedInt(b.getShort(root + 14));
                for (int e = 0; e < entries; e++) {
                    int name = b.getInt(root + 16 + 8 * e);
                    if ((name & 0x80000000) == 0) {
                        types.add(name);
                    }
                }
            }
        }
        return new PeFile(machine, magic, subsystem, types, bytes);
    }

    /** Whether the version resource holds this string value (UTF-16LE key, then the value). */
    boolean hasVersionString(String key, String value) {
        byte[] k = (key + "\0").getBytes(StandardCharsets.UTF_16LE);
        byte[] v = value.getBytes(StandardCharsets.UTF_16LE);
        for (int i = indexOf(bytes, k, 0); i >= 0; i = indexOf(bytes, k, i + 1)) {
            // the value follows the key, aligned to 4 bytes
            int from = i + k.length;
            int found = indexOf(bytes, v, from);
            if (found >= 0 && found - from <= 4) {
                return true;
            }
        }
        return false;
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer: for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Override
    public String toString() {
        return String.format("PE machine 0x%x, optional header magic 0x%x, subsystem %d, resource types %s", machine,
                magic, subsystem, resourceTypes);
    }
}
