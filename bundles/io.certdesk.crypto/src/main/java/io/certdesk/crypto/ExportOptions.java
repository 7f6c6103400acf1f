package io.certdesk.crypto;

import java.util.Objects;

/**
 * What an export writes: the profile and its iteration count, whether the root travels with the chain,
 * and the friendly name. The output is always DER, carries the same localKeyId (SHA-1 of the end-entity
 * certificate) on the key and on the end-entity certificate, and never uses PBMAC1.
 */
public final class ExportOptions {

    private final ExportProfile profile;
    private final int iterations;
    private final boolean includeRoot;
    private final FriendlyNameTemplate friendlyName;

    private ExportOptions(Builder builder) {
        this.profile = builder.profile;
        this.iterations = builder.iterations;
        this.includeRoot = builder.includeRoot;
        this.friendlyName = builder.friendlyName;
    }

    /** Options for a profile with its defaults: 10,000 iterations, root included, friendly name = CN. */
    public static Builder builder(ExportProfile profile) {
        return new Builder(Objects.requireNonNull(profile, "profile")); //$NON-NLS-1$
    }

    /** The options with every default for a profile. */
    public static ExportOptions of(ExportProfile profile) {
        return builder(profile).build();
    }

    public ExportProfile profile() {
        return profile;
    }

    /** Iterations of every key derivation (key, certificates, MAC). */
    public int iterations() {
        return iterations;
    }

    /** Whether the self-signed root is written with the chain. */
    public boolean includeRoot() {
        return includeRoot;
    }

    public FriendlyNameTemplate friendlyName() {
        return friendlyName;
    }

    @Override
    public String toString() {
        return "ExportOptions[" + profile.id() + ", " + iterations + " iterations, root " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + (includeRoot ? "included" : "left out") + ", friendly name " + friendlyName + ']'; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** Builds {@link ExportOptions}. */
    public static final class Builder {
        private final ExportProfile profile;
        private int iterations = ExportProfile.DEFAULT_ITERATIONS;
        private boolean includeRoot = true;
        private FriendlyNameTemplate friendlyName = FriendlyNameTemplate.COMMON_NAME;

        private Builder(ExportProfile profile) {
            this.profile = profile;
        }

        /**
         * @throws IllegalArgumentException outside {@link ExportProfile#MIN_ITERATIONS} to
         *         {@link ExportProfile#MAX_ITERATIONS}
         */
        public Builder iterations(int count) {
            if (count < ExportProfile.MIN_ITERATIONS || count > ExportProfile.MAX_ITERATIONS) {
                throw new IllegalArgumentException("The iteration count must be between " //$NON-NLS-1$
                        + ExportProfile.MIN_ITERATIONS + " and " + ExportProfile.MAX_ITERATIONS + ", not " + count); //$NON-NLS-1$ //$NON-NLS-2$
            }
            this.iterations = count;
            return this;
        }

        public Builder includeRoot(boolean include) {
            this.includeRoot = include;
            return this;
        }

        public Builder friendlyName(FriendlyNameTemplate template) {
            this.friendlyName = Objects.requireNonNull(template, "template"); //$NON-NLS-1$
            return this;
        }

        public ExportOptions build() {
            return new ExportOptions(this);
        }
    }
}
