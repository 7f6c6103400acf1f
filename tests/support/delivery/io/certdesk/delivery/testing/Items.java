package io.certdesk.delivery.testing;

import java.nio.file.Path;
import java.time.LocalDate;

import io.certdesk.delivery.AttachmentSource;
import io.certdesk.delivery.DeliveryChannel;
import io.certdesk.delivery.DeliveryItem;

/** Delivery items for tests; every user's password is "Pw-" + entry id + "-x7Q9" unless given. */
public final class Items {

    private Items() {
    }

    public static String passwordOf(long entryId) {
        return "Pw-" + DeliveryItem.key(entryId) + "-x7Q9";
    }

    public static DeliveryItem mail(long entryId, int row, String name, String email, String passwordRecipient,
            Path p12) {
        return new DeliveryItem(entryId, row, name, "情報システム部", email, passwordRecipient, DeliveryChannel.MAIL,
                DeliveryChannel.MAIL, "CN" + DeliveryItem.key(entryId), AttachmentSource.file(p12), "証明書_" + name + ".p12", LocalDate.of(2027, 3, 31),
                "CertDesk Test CA", () -> passwordOf(entryId).toCharArray());
    }

    public static DeliveryItem with(DeliveryItem item, DeliveryChannel passwordChannel) {
        return new DeliveryItem(item.entryId(), item.row(), item.name(), item.department(), item.email(),
                item.passwordRecipient(), item.fileChannel(), passwordChannel, item.certificateNumber(), item.attachment(),
                item.fileName(), item.expiry(), item.issuer(), item.password());
    }

    public static DeliveryItem named(DeliveryItem item, String name, String email, String fileName) {
        return new DeliveryItem(item.entryId(), item.row(), name, item.department(), email, item.passwordRecipient(),
                item.fileChannel(), item.passwordChannel(), item.certificateNumber(), item.attachment(), fileName,
                item.expiry(), item.issuer(), item.password());
    }
}
