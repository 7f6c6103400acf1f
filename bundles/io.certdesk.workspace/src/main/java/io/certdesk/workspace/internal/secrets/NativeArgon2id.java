package io.certdesk.workspace.internal.secrets;

import com.sun.jna.Memory;

import de.mkammerer.argon2.jna.Argon2Library;
import de.mkammerer.argon2.jna.Argon2_context;
import de.mkammerer.argon2.jna.Argon2_type;
import de.mkammerer.argon2.jna.Argon2_version;
import de.mkammerer.argon2.jna.JnaUint32;

/**
 * Argon2id in the reference C implementation (libargon2, shipped for Linux, Windows and macOS by argon2-jvm and
 * called through JNA): one thread per lane, no Java heap for the 64 MiB of blocks. The password, salt and output
 * pass through native memory this class allocates, wipes and frees itself (JNA's own copies of a {@code byte[]}
 * argument would be freed unwiped); libargon2 wipes the password after its first use
 * ({@code ARGON2_FLAG_CLEAR_PASSWORD}) and its blocks before freeing them.
 */
final class NativeArgon2id implements Argon2id {

    static final String NAME = "libargon2"; //$NON-NLS-1$
    private static final int ARGON2_OK = 0;
    private static final long TYPE_ARGON2ID = 2;
    private static final int VERSION_13 = 0x13;
    private static final int FLAG_CLEAR_PASSWORD = 1;
    private static final int FLAG_CLEAR_SECRET = 2;

    private final Argon2Library library;

    private NativeArgon2id(Argon2Library library) {
        this.library = library;
    }

    /**
     * Loads libargon2 (JNA extracts it from the argon2-jvm jar into its temporary folder: a copy of a public
     * library, nothing secret).
     *
     * @throws LinkageError when JNA or the library cannot be loaded on this platform
     */
    static NativeArgon2id load() {
        return new NativeArgon2id(Argon2Library.INSTANCE);
    }

    @Override
    public void hash(byte[] password, byte[] salt, byte[] secret, byte[] associatedData, int memoryKiB, int iterations,
            int parallelism, byte[] out) {
        try (Memory pwd = copy(password); Memory saltCopy = copy(salt); Memory key = copy(secret);
                Memory ad = copy(associatedData); Memory tag = new WipedMemory(out.length)) {
            Argon2_context.ByReference context = new Argon2_context.ByReference();
            context.out = tag;
            context.outlen = new JnaUint32(out.length);
            context.pwd = pwd;
            context.pwdlen = new JnaUint32(password.length);
            context.salt = saltCopy;
            context.saltlen = new JnaUint32(salt.length);
            context.secret = key;
            context.secretlen = new JnaUint32(secret.length);
            context.ad = ad;
            context.adlen = new JnaUint32(associatedData.length);
            context.t_cost = new JnaUint32(iterations);
            context.m_cost = new JnaUint32(memoryKiB);
            context.lanes = new JnaUint32(parallelism);
            context.threads = new JnaUint32(parallelism);
            context.version = new Argon2_version(VERSION_13);
            context.allocate_cbk = null;
            context.free_cbk = null;
            context.flags = new JnaUint32(FLAG_CLEAR_PASSWORD | FLAG_CLEAR_SECRET);
            int result = library.argon2_ctx(context, new Argon2_type(TYPE_ARGON2ID));
            try {
                if (result != ARGON2_OK) {
                    throw new IllegalStateException("libargon2 failed: " + library.argon2_error_message(result)); //$NON-NLS-1$
                }
                tag.read(0, out, 0, out.length);
            } finally {
                context.clear(); // the structure's native copy holds only pointers and lengths; cleared all the same
            }
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    /** A native copy of the bytes, wiped when closed ({@code null} for none: JNA refuses 0-byte memory). */
    private static Memory copy(byte[] bytes) {
        if (bytes.length == 0) {
            return null;
        }
        Memory memory = new WipedMemory(bytes.length);
        memory.write(0, bytes, 0, bytes.length);
        return memory;
    }

    /** Native memory zeroed before it is freed. */
    private static final class WipedMemory extends Memory {

        WipedMemory(long size) {
            super(size);
        }

        @Override
        public void close() {
            clear();
            super.close();
        }
    }
}
