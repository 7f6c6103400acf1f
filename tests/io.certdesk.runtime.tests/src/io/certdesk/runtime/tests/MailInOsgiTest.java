package io.certdesk.runtime.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Properties;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * Jakarta Mail finds its SMTP provider inside OSGi (SPI Fly + Angus Mail started) and delivers a Japanese
 * message to a real SMTP server (GreenMail) over a loopback socket.
 */
class MailInOsgiTest {

    private GreenMail smtp;

    @BeforeEach
    void startSmtp() {
        ServerSetup setup = new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        setup.setServerStartupTimeout(30_000); // a loaded CI machine needs more than the default 2 s
        smtp = new GreenMail(setup);
        smtp.start();
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    @Test
    void sendsAJapaneseMessageThroughTheSmtpProvider() throws Exception {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", String.valueOf(smtp.getSmtp().getPort()));
        Session session = Session.getInstance(properties);
        String subject = "\u8a3c\u660e\u66f8\u306e\u304a\u77e5\u3089\u305b"; // 証明書のお知らせ
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress("admin@example.test"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress("user@example.test"));
        message.setSubject(subject, "UTF-8");
        message.setText("\u6dfb\u4ed8\u306e\u8a3c\u660e\u66f8\u3092\u3054\u78ba\u8a8d\u304f\u3060\u3055\u3044\u3002", "UTF-8");

        Transport transport = session.getTransport("smtp");
        assertTrue(transport.getClass().getName().startsWith("org.eclipse.angus.mail.smtp."),
                transport.getClass().getName());
        Transport.send(message);

        assertTrue(smtp.waitForIncomingEmail(10_000, 1), "no message arrived at the SMTP server");
        MimeMessage received = smtp.getReceivedMessages()[0];
        assertEquals(subject, received.getSubject());
        assertTrue(received.getHeader("Subject")[0].startsWith("=?UTF-8?"), received.getHeader("Subject")[0]);
    }
}
