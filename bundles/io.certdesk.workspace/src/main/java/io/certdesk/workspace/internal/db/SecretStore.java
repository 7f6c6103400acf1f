package io.certdesk.workspace.internal.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import io.certdesk.workspace.internal.secrets.SecretBox;

/** Sealed secrets by owner ({@code entry:42}, {@code workspace}) and field; nothing here is plaintext. */
public final class SecretStore {

    private SecretStore() {
    }

    public static String entryOwner(long id) {
        return "entry:" + id; //$NON-NLS-1$
    }

    public static void put(Connection c, String owner, String field, SecretBox.Sealed sealed) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT OR REPLACE INTO secrets (owner, field, nonce, ciphertext) VALUES (?, ?, ?, ?)")) { //$NON-NLS-1$
            s.setString(1, owner);
            s.setString(2, field);
            s.setBytes(3, sealed.nonce());
            s.setBytes(4, sealed.ciphertext());
            s.executeUpdate();
        }
    }

    public static Optional<SecretBox.Sealed> get(Connection c, String owner, String field) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT nonce, ciphertext FROM secrets WHERE owner = ? AND field = ?")) { //$NON-NLS-1$
            s.setString(1, owner);
            s.setString(2, field);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(new SecretBox.Sealed(rs.getBytes(1), rs.getBytes(2))) : Optional.empty();
            }
        }
    }
}
