package io.certdesk.runtime.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import com.sun.jna.Platform;

import de.mkammerer.argon2.jna.Argon2Library;
import io.certdesk.workspace.internal.secrets.KdfParameters;
import io.certdesk.workspace.internal.secrets.KeyDerivation;

/**
 * Under Equinox the workspace key comes from libargon2, not Bouncy Castle's fallback: argon2-jvm's libraries are a
 * fragment of its classes' bundle, so the class loader JNA asks (Argon2Library's) finds them.
 */
class Argon2InOsgiTest {

    @Test
    void theLibrariesAreVisibleToArgon2jvmsClassLoader() {
        String library = Platform.RESOURCE_PREFIX + "/" + System.mapLibraryName("argon2"); //$NON-NLS-1$ //$NON-NLS-2$
        assertNotNull(Argon2Library.class.getClassLoader().getResource(library), library);
    }

    @Test
    void theWorkspaceKeyIsDerivedByLibargon2() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT); //$NON-NLS-1$
        if (os.startsWith("linux") || os.startsWith("windows") || os.startsWith("mac")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            assertEquals("libargon2", KeyDerivation.implementation()); //$NON-NLS-1$
        }
        byte[] salt = new byte[KeyDerivation.SALT_LENGTH];
        byte[] first = KeyDerivation.derive("\u5408\u8a00\u8449".toCharArray(), salt, KdfParameters.DEFAULT); // 合言葉
        byte[] second = KeyDerivation.derive("\u5408\u8a00\u8449".toCharArray(), salt, KdfParameters.DEFAULT);
        assertArrayEquals(first, second);
        assertEquals(KeyDerivation.KEY_LENGTH, first.length);
    }
}
