package io.certdesk.roster.internal;

import java.text.Normalizer;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import io.certdesk.roster.RosterField;

/**
 * The Japanese and English header names of every field. Headers are compared after {@link #key(String)}:
 * NFKC, lower case, without blanks, punctuation or a bracketed note ("証明書番号（8桁）" is "証明書番号").
 */
public final class HeaderAliases {

    private static final Pattern BRACKETED = Pattern.compile("[(\\[【〔<＜][^)\\]】〕>＞]*[)\\]】〕>＞]"); //$NON-NLS-1$
    private static final Pattern NOISE = Pattern.compile("[\\s_\\-.・:/#＃※*]"); //$NON-NLS-1$

    private static final Map<RosterField, List<String>> ALIASES = new EnumMap<>(RosterField.class);
    private static final Map<String, RosterField> BY_KEY = new HashMap<>();

    static {
        ALIASES.put(RosterField.GROUP_ID, List.of("group id", "group", "group code", "group no", "groupid", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                "グループID", "グループ", "グループ番号", "グループコード", "団体ID")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        ALIASES.put(RosterField.CERTIFICATE_NUMBER, List.of("certificate number", "certificate no", "cert no", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                "cert number", "certificate id", "cert id", "証明書番号", "証明書No", "証明書ID", "証明書コード", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
                "電子証明書番号")); //$NON-NLS-1$
        ALIASES.put(RosterField.RETRIEVAL_PASSWORD, List.of("retrieval password", "password", "download password", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                "retrieval pw", "pickup password", "取得パスワード", "パスワード", "ダウンロードパスワード", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                "取得用パスワード", "引取パスワード", "初期パスワード", "証明書パスワード")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        ALIASES.put(RosterField.NAME, List.of("name", "full name", "user name", "user", "氏名", "名前", "利用者名", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
                "使用者名", "利用者", "担当者名", "氏名(漢字)")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        ALIASES.put(RosterField.EMAIL, List.of("email", "e-mail", "mail", "email address", "e-mail address", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                "mail address", "メールアドレス", "メール", "電子メール", "Eメール", "Eメールアドレス", "連絡先メール")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
        ALIASES.put(RosterField.DEPARTMENT, List.of("department", "dept", "division", "section", "所属", "所属部署", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                "部署", "部署名", "部門", "所属部門")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        ALIASES.put(RosterField.DELIVERY_CHANNEL, List.of("delivery channel", "delivery", "channel", "delivery method", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                "配布方法", "配布経路", "送付方法", "配付方法", "受け渡し方法")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        ALIASES.put(RosterField.PASSWORD_RECIPIENT, List.of("password recipient", "password to", "password contact", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                "パスワード通知先", "パスワード送付先", "パスワード受取人", "パスワード連絡先")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        ALIASES.put(RosterField.EXPORT_PROFILE, List.of("export profile", "profile", "export format", "format", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                "エクスポート形式", "出力形式", "形式", "プロファイル", "エクスポートプロファイル")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        ALIASES.forEach((field, names) -> names.forEach(name -> {
            RosterField previous = BY_KEY.put(key(name), field);
            if (previous != null && previous != field) {
                throw new IllegalStateException("alias " + name + " used twice"); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }));
    }

    private HeaderAliases() {
    }

    /** The comparison key of a header. */
    public static String key(String header) {
        if (header == null) {
            return ""; //$NON-NLS-1$
        }
        String text = Normalizer.normalize(header, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        String withoutNote = BRACKETED.matcher(text).replaceAll(""); //$NON-NLS-1$
        String key = NOISE.matcher(withoutNote.isBlank() ? text : withoutNote).replaceAll(""); //$NON-NLS-1$
        return key;
    }

    /** The field a header names, if any. */
    public static Optional<RosterField> fieldOf(String header) {
        return Optional.ofNullable(BY_KEY.get(key(header)));
    }

    /** The aliases of a field, as listed in the documentation. */
    public static List<String> aliases(RosterField field) {
        return ALIASES.get(field);
    }
}
