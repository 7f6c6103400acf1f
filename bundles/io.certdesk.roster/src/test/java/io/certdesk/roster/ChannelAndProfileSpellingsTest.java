package io.certdesk.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.certdesk.crypto.ExportProfile;
import io.certdesk.delivery.DeliveryChannel;
import io.certdesk.roster.internal.DefaultRosterReader;

/**
 * The per-row delivery channel and export profile, spelled in Japanese or English, arrive as the product's one
 * vocabulary ({@link DeliveryChannel}, {@link ExportProfile}); a value that names none is empty, with a warning
 * that lists the known values.
 */
class ChannelAndProfileSpellingsTest {

    @TempDir
    Path temp;

    @Test
    void spellingsMapOntoTheOneVocabulary() throws Exception {
        List<String> rows = List.of(
                "グループID,証明書番号,取得パスワード,氏名,メールアドレス,配布方法,エクスポート形式",
                "G1,00000001,Pass-0001,A,a@example.jp,メール,標準",
                "G1,00000002,Pass-0002,B,b@example.jp,Handout,互換",
                "G1,00000003,Pass-0003,C,c@example.jp,共有フォルダ,legacy",
                "G1,00000004,Pass-0004,D,d@example.jp,手渡し,MODERN",
                "G1,00000005,Pass-0005,E,e@example.jp, manual ,compat",
                "G1,00000006,Pass-0006,F,f@example.jp,fax,ultra",
                "G1,00000007,Pass-0007,G,g@example.jp,,");
        Path roster = temp.resolve("roster.csv");
        Files.write(roster, rows, StandardCharsets.UTF_8);
        ImportResult result = new DefaultRosterReader().read(roster, ImportOptions.defaults());

        assertEquals(Optional.of(DeliveryChannel.MAIL), entry(result, 2).deliveryChannel());
        assertEquals(Optional.of(ExportProfile.MODERN), entry(result, 2).exportProfile());
        assertEquals(Optional.of(DeliveryChannel.HANDOUT), entry(result, 3).deliveryChannel());
        assertEquals(Optional.of(ExportProfile.COMPAT), entry(result, 3).exportProfile());
        assertEquals(Optional.of(DeliveryChannel.MANUAL), entry(result, 4).deliveryChannel(), "a shared folder is by hand");
        assertEquals(Optional.of(ExportProfile.COMPAT), entry(result, 4).exportProfile());
        assertEquals(Optional.of(DeliveryChannel.HANDOUT), entry(result, 5).deliveryChannel());
        assertEquals(Optional.of(ExportProfile.MODERN), entry(result, 5).exportProfile());
        assertEquals(Optional.of(DeliveryChannel.MANUAL), entry(result, 6).deliveryChannel());
        assertEquals(Optional.of(ExportProfile.COMPAT), entry(result, 6).exportProfile());

        RosterEntry unknown = entry(result, 7);
        assertEquals(Optional.empty(), unknown.deliveryChannel(), "an unknown channel leaves the batch setting");
        assertEquals(Optional.empty(), unknown.exportProfile());
        Finding channel = unknown.findings().stream().filter(f -> f.code() == FindingCode.UNKNOWN_DELIVERY_CHANNEL)
                .findFirst().orElseThrow();
        assertTrue(channel.message().contains("mail, handout, manual"), channel.message());
        Finding profile = unknown.findings().stream().filter(f -> f.code() == FindingCode.UNKNOWN_EXPORT_PROFILE)
                .findFirst().orElseThrow();
        assertTrue(profile.message().contains("modern, compat"), profile.message());

        assertEquals(Optional.empty(), entry(result, 8).deliveryChannel());
        assertEquals(Optional.empty(), entry(result, 8).exportProfile());
    }

    private static RosterEntry entry(ImportResult result, int row) {
        return result.entries().stream().filter(e -> e.row() == row).findFirst().orElseThrow();
    }
}
