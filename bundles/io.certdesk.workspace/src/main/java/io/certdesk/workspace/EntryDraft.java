package io.certdesk.workspace;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.certdesk.crypto.ExportProfile;
import io.certdesk.delivery.DeliveryChannel;

/**
 * One roster row to import: the portal credentials (group ID, certificate number, retrieval password), the
 * person, the delivery channel and recipient, an optional export profile and any extra columns. The retrieval
 * password is a {@code char[]} that {@link Workspace#importEntries} encrypts and then wipes ({@link #clear()}).
 */
public final class EntryDraft {

    private final String groupId;
    private final String certificateNumber;
    private final char[] retrievalPassword;
    private final String name;
    private final String email;
    private final String department;
    private final Optional<DeliveryChannel> channel;
    private final String recipient;
    private final Optional<ExportProfile> exportProfile;
    private final Map<String, String> extras;

    private EntryDraft(Builder b) {
        this.groupId = b.groupId;
        this.certificateNumber = b.certificateNumber;
        this.retrievalPassword = b.retrievalPassword;
        this.name = b.name;
        this.email = b.email;
        this.department = b.department;
        this.channel = Optional.ofNullable(b.channel);
        this.recipient = b.recipient;
        this.exportProfile = Optional.ofNullable(b.exportProfile);
        this.extras = Map.copyOf(b.extras);
    }

    /**
     * @param retrievalPassword taken over (not copied): cleared by {@link #clear()}
     */
    public static Builder builder(String groupId, String certificateNumber, char[] retrievalPassword) {
        return new Builder(Objects.requireNonNull(groupId, "groupId"), //$NON-NLS-1$
                Objects.requireNonNull(certificateNumber, "certificateNumber"), //$NON-NLS-1$
                Objects.requireNonNull(retrievalPassword, "retrievalPassword")); //$NON-NLS-1$
    }

    public String groupId() {
        return groupId;
    }

    public String certificateNumber() {
        return certificateNumber;
    }

    /** The password itself (not a copy). */
    public char[] retrievalPassword() {
        return retrievalPassword;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public String department() {
        return department;
    }

    /** The password's delivery channel for this row; empty for the workspace default. */
    public Optional<DeliveryChannel> channel() {
        return channel;
    }

    public String recipient() {
        return recipient;
    }

    /** The export profile for this row; empty for the workspace default. */
    public Optional<ExportProfile> exportProfile() {
        return exportProfile;
    }

    public Map<String, String> extras() {
        return extras;
    }

    /** Wipes the retrieval password. */
    public void clear() {
        Arrays.fill(retrievalPassword, '\0');
    }

    @Override
    public String toString() {
        return "EntryDraft[" + groupId + '/' + certificateNumber + ']'; //$NON-NLS-1$
    }

    /** Builds an {@link EntryDraft}. */
    public static final class Builder {
        private final String groupId;
        private final String certificateNumber;
        private final char[] retrievalPassword;
        private String name = ""; //$NON-NLS-1$
        private String email = ""; //$NON-NLS-1$
        private String department = ""; //$NON-NLS-1$
        private DeliveryChannel channel;
        private String recipient = ""; //$NON-NLS-1$
        private ExportProfile exportProfile;
        private final Map<String, String> extras = new LinkedHashMap<>();

        private Builder(String groupId, String certificateNumber, char[] retrievalPassword) {
            this.groupId = groupId;
            this.certificateNumber = certificateNumber;
            this.retrievalPassword = retrievalPassword;
        }

        public Builder name(String value) {
            this.name = Objects.requireNonNull(value, "name"); //$NON-NLS-1$
            return this;
        }

        public Builder email(String value) {
            this.email = Objects.requireNonNull(value, "email"); //$NON-NLS-1$
            return this;
        }

        public Builder department(String value) {
            this.department = Objects.requireNonNull(value, "department"); //$NON-NLS-1$
            return this;
        }

        /** The row's own channel; empty for the workspace default. */
        public Builder channel(Optional<DeliveryChannel> value) {
            this.channel = Objects.requireNonNull(value, "channel").orElse(null); //$NON-NLS-1$
            return this;
        }

        public Builder recipient(String value) {
            this.recipient = Objects.requireNonNull(value, "recipient"); //$NON-NLS-1$
            return this;
        }

        /** The row's own export profile; empty for the workspace default. */
        public Builder exportProfile(Optional<ExportProfile> value) {
            this.exportProfile = Objects.requireNonNull(value, "exportProfile").orElse(null); //$NON-NLS-1$
            return this;
        }

        public Builder extra(String column, String value) {
            extras.put(Objects.requireNonNull(column, "column"), Objects.requireNonNull(value, "value")); //$NON-NLS-1$ //$NON-NLS-2$
            return this;
        }

        public EntryDraft build() {
            return new EntryDraft(this);
        }
    }
}
