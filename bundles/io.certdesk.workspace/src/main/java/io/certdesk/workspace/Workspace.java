package io.certdesk.workspace;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.certdesk.crypto.Pkcs12Engine;
import io.certdesk.delivery.DeliveryChannel;
import io.certdesk.delivery.DeliveryLedger;

/**
 * A workspace folder: the SQLite store of entries, states, transitions, encrypted secrets and the audit log, and
 * the vault of certificate files. Opened with its passphrase through {@link Workspaces}; one process at a time.
 * All methods are safe to call from several threads (writes are serialized).
 */
public interface Workspace extends AutoCloseable {

    /** How long after the first download the portal allows downloading again. */
    Duration DOWNLOAD_WINDOW = Duration.ofHours(24);

    Path folder();

    /** A random id fixed at creation; binds secrets and the audit chain to this workspace. */
    String id();

    /** The clock every recorded time comes from (injectable for tests). */
    Clock clock();

    WorkspaceSettings settings() throws WorkspaceException;

    void updateSettings(WorkspaceSettings settings) throws WorkspaceException;

    /**
     * Adds roster rows as {@link EntryState#IMPORTED} entries in one transaction; rows whose group ID and
     * certificate number are already present are skipped and named. Every draft's password is wiped, also on failure.
     */
    ImportResult importEntries(List<EntryDraft> drafts) throws WorkspaceException;

    /**
     * Like {@link #importEntries(List)} for the rows of one roster: the import (file name, header row, column
     * mapping) is stored once, in the same transaction, and every new entry names it ({@link Entry#importId()}).
     */
    ImportResult importEntries(ImportSource source, List<EntryDraft> drafts) throws WorkspaceException;

    /** Every roster import, oldest first. */
    List<ImportRecord> imports() throws WorkspaceException;

    /** Every entry, by id. */
    List<Entry> entries() throws WorkspaceException;

    /** @throws WorkspaceException when there is no such entry */
    Entry entry(long id) throws WorkspaceException;

    /** The recorded moves of an entry, oldest first. */
    List<Transition> transitions(long entryId) throws WorkspaceException;

    /**
     * The chain and verdict recorded the last time the entry's chain was verified (the verification, or the re-check
     * before an export), also when it failed; empty when it never was (or was verified before the workspace kept
     * chains).
     */
    Optional<ChainRecord> chain(long entryId) throws WorkspaceException;

    /** How many entries are in each state (every state present, zero included). */
    Map<EntryState, Integer> counts() throws WorkspaceException;

    /** Entries with a known first download and no finished export: deadline, time left, at risk. */
    List<WindowStatus> window() throws WorkspaceException;

    /** Verified certificates (superseded ones left out) against the workspace's renewal window. */
    List<RenewalStatus> renewals() throws WorkspaceException;

    /** The same against a renewal window of {@code windowDays} days (another portal profile). */
    List<RenewalStatus> renewals(int windowDays) throws WorkspaceException;

    /**
     * Marks as {@link EntryState#SUPERSEDED} every entry whose certificate has the same subject and issuer as
     * another entry's with a later notAfter (run after a renewal roster was imported and verified).
     *
     * @return the ids newly superseded
     */
    List<Long> detectSuperseded() throws WorkspaceException;

    /** Moves a failed entry back to the state its failed step started from. */
    void retry(long entryId) throws WorkspaceException;

    /** Records that file and password went out, the password on {@code channel}; refused for superseded entries. */
    void markDelivered(long entryId, DeliveryChannel channel) throws WorkspaceException;

    /**
     * The workspace's delivery ledger: its own table in this workspace's store, keyed by entry id, written over
     * the workspace's one connection. Valid until the workspace is closed.
     */
    DeliveryLedger deliveryLedger();

    /**
     * Settles the delivery of an exported entry in one transaction: when the ledger shows its file delivered (or
     * {@code fileChannel} is {@link DeliveryChannel#MANUAL}) and its password delivered (accepted, confirmed or
     * handed over), the entry moves to {@link EntryState#DELIVERED} (named with the password's channel) and then
     * to {@link EntryState#DONE}; either both moves are recorded or neither.
     *
     * @return whether the entry moved
     */
    boolean settleDelivered(long entryId, DeliveryChannel fileChannel) throws WorkspaceException;

    void markDone(long entryId) throws WorkspaceException;

    /**
     * Whether {@code passphrase} is this workspace's passphrase: the key is derived again from the header (Argon2id)
     * and checked, as opening does. For asking again before a secret is shown. The caller wipes the passphrase.
     */
    boolean passphraseMatches(char[] passphrase) throws WorkspaceException;

    /** The generated export password of an exported entry; the caller wipes it. */
    char[] exportPassword(long entryId) throws WorkspaceException;

    /** The exported file in the vault (read it, do not move it; to send or copy it use {@link #exportedBytes}). */
    Path exportedFile(long entryId) throws WorkspaceException;

    /**
     * The exported file's bytes, read through the vault's integrity check: they match the SHA-256 recorded when the
     * export was stored, else {@code STORE_COPY_DAMAGED} (306) and nothing is returned. What delivery attaches.
     */
    byte[] exportedBytes(long entryId) throws WorkspaceException;

    /**
     * Copies every exported (not superseded) file to {@code folder} as {@code <certificate number>.p12},
     * owner-only, atomically, without overwriting; returns the files written.
     */
    List<Path> copyExports(Path folder) throws WorkspaceException;

    /** Like {@link #copyExports(Path)}, for the entries with these ids only (the others are left out). */
    List<Path> copyExports(Path folder, Set<Long> entryIds) throws WorkspaceException;

    /** Stores a workspace-wide secret (e.g. {@code smtp.password}) encrypted. The caller wipes {@code value}. */
    void storeSecret(String name, char[] value) throws WorkspaceException;

    /** A workspace-wide secret; the caller wipes it. */
    Optional<char[]> secret(String name) throws WorkspaceException;

    /** Appends an audit record about the workspace or an entry (the detail must not contain a secret). */
    void audit(String action, Optional<Long> entryId, String detail) throws WorkspaceException;

    /**
     * Appends several audit records in this order with one durable write (one commit where a record each would
     * take one fsync each): all of them or, when it fails, none.
     */
    void audit(List<AuditNote> notes) throws WorkspaceException;

    List<AuditRecord> auditRecords() throws WorkspaceException;

    AuditVerification verifyAudit() throws WorkspaceException;

    /** Writes the audit log as CSV (UTF-8 with BOM, formula-safe); {@code file} must not exist. */
    void exportAudit(Path file) throws WorkspaceException;

    /**
     * Checks that the workspace accepts new files now: a file can be created (owner-only) and removed in the
     * folder and in the vault's folders, and the disk has room for a batch. A run checks this before it downloads
     * anything; {@code STORE_CANNOT_WRITE} names the folder and the reason.
     */
    void checkWritable() throws WorkspaceException;

    /**
     * The workspace's own owner-only folder for the temporary files of libraries working for it (POI's sheet data),
     * emptied whenever the workspace opens; never the shared system temp folder.
     */
    Path temporaryFolder();

    /** The batch on this workspace; {@code source} is needed only for the download stage. */
    Pipeline pipeline(Pkcs12Engine engine, Optional<CertificateSource> source);

    @Override
    void close() throws WorkspaceException;
}
