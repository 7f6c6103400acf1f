package io.certdesk.core.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import io.certdesk.core.secrets.Secret;
import org.junit.jupiter.api.Test;

class ProxySettingsTest {

    @Test
    void theThreeModes() {
        assertTrue(ProxySettings.direct().isDirect());
        assertEquals(ProxySettings.Mode.SYSTEM, ProxySettings.system().mode());
        ProxySettings manual = ProxySettings.parseHostPort(" proxy.example :3128");
        assertEquals(ProxySettings.Mode.MANUAL, manual.mode());
        assertEquals(Optional.of("proxy.example"), manual.host());
        assertEquals(3128, manual.port());
        assertEquals(Optional.empty(), manual.user());
        assertTrue(manual.password().isEmpty());
    }

    @Test
    void badInputIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ProxySettings.parseHostPort("proxy"));
        assertThrows(IllegalArgumentException.class, () -> ProxySettings.parseHostPort("proxy:"));
        assertThrows(IllegalArgumentException.class, () -> ProxySettings.parseHostPort("proxy:http"));
        assertThrows(IllegalArgumentException.class, () -> ProxySettings.manual("proxy", 0));
        assertThrows(IllegalArgumentException.class, () -> ProxySettings.manual(" ", 80));
        assertThrows(IllegalStateException.class,
                () -> ProxySettings.direct().withCredentials("u", Secret.copyOf("p".toCharArray())));
    }

    @Test
    void thePasswordIsACopyWipedOnCloseAndNeverPrinted() {
        Secret mine = Secret.copyOf("Proxy-Secret".toCharArray());
        ProxySettings proxy = ProxySettings.manual("proxy.example", 8080, "admin", mine);
        mine.close();
        assertTrue(proxy.password().contentEquals("Proxy-Secret".toCharArray()));
        assertEquals("ProxySettings[proxy.example:8080, user admin, password ****]", proxy.toString());
        ProxySettings system = ProxySettings.system().withCredentials("admin", proxy.password());
        assertEquals("ProxySettings[system, user admin, password ****]", system.toString());
        proxy.close();
        assertTrue(proxy.password().isCleared());
        assertFalse(system.password().isCleared());
        char[] array = "pw".toCharArray();
        try (ProxySettings fromArray = ProxySettings.manual("p", 1, "u", array)) {
            assertEquals('p', array[0], "the caller's array is the caller's");
            assertTrue(fromArray.password().contentEquals(array));
        }
    }
}
