package io.certdesk.portal.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import io.certdesk.portal.PortalDataFolder;

/**
 * The certificate records of a data folder, loaded on first use and then kept, so the download state
 * lives in one object per certificate. Certificates provisioned while the portal runs are found too.
 */
public final class RecordStore {

    private final PortalDataFolder folder;
    private final Map<String, CertificateRecord> records = new HashMap<>();

    public RecordStore(PortalDataFolder folder) {
        this.folder = folder;
    }

    /** The record, if the group ID and number are well-formed and such a certificate exists. */
    public synchronized Optional<CertificateRecord> find(String groupId, String number) throws IOException {
        if (!Identifiers.GROUP_ID.matcher(groupId).matches() || !Identifiers.CERTIFICATE_NUMBER.matcher(number).matches()) {
            return Optional.empty();
        }
        String key = groupId + '/' + number;
        CertificateRecord record = records.get(key);
        if (record == null) {
            Path file = recordFile(folder, groupId, number);
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            record = CertificateRecord.load(file);
            records.put(key, record);
        }
        return Optional.of(record);
    }

    public static Path recordFile(PortalDataFolder folder, String groupId, String number) {
        return folder.groupFolder(groupId).resolve(number + ".properties"); //$NON-NLS-1$
    }
}
