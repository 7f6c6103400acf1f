package io.certdesk.roster.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import io.certdesk.roster.RosterField;

/**
 * The Japanese and English words that name each field, and how a header is matched against them.
 * Headers are compared after {@link #key(String)}: NFKC, lower case, without blanks, punctuation,
 * quotation marks, a bracketed note ("証明書番号（8桁）" is "証明書番号") or leading numbering ("①", "1.",
 * "(1)"). A header names a field when its key is one of the field's words (score 100) or contains one
 * (a score between 50 and 90 that grows with the share of the header the word covers, at least a third);
 * a word inside a longer matched word of another field does not count ("パスワード" in "パスワード通知先").
 * When two fields match one header with scores closer than {@link #MARGIN}, the header is ambiguous.
 */
public final class HeaderAliases {

    /** The score of a header that is exactly one of a field's words. */
    public static final int EXACT = 100;
    /** Two candidates closer than this are ambiguous (unless one is exact and the other is not). */
    public static final int MARGIN = 10;
    private static final double MIN_COVERAGE = 1.0 / 3;

    /** How well a header names a field. */
    public record Match(RosterField field, int score, boolean exact) {
    }

    /** What a header names: its best field, and a second field when the header is ambiguous. */
    public record Verdict(Optional<Match> best, Optional<Match> rival) {
        /** The field, when the header names exactly one. */
        public Optional<RosterField> field() {
            return rival.isPresent() ? Optional.empty() : best.map(Match::field);
        }

        public boolean ambiguous() {
            return rival.isPresent();
        }
    }

    private static final Pattern BRACKETED = Pattern.compile("[(\\[【〔<＜〈《][^)\\]】〕>＞〉》]*[)\\]】〕>＞〉》]"); //$NON-NLS-1$
    private static final Pattern NOISE = Pattern.compile("[\\s_\\-.・:/#＃※*「」『』\"'`、，,。]"); //$NON-NLS-1$
    private static final Pattern NUMBERING = Pattern.compile("^(?:no)?[0-9]{1,2}(?![0-9])"); //$NON-NLS-1$

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
                "取得用パスワード", "引取パスワード", "初期パスワード", "証明書パスワード", "証明書取得用パスワード", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                "証明書取得パスワード", "取得用pw")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
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
        String unnumbered = NUMBERING.matcher(key).replaceFirst(""); //$NON-NLS-1$
        return unnumbered.isEmpty() ? key : unnumbered;
    }

    /** The field a header names, if it names exactly one. */
    public static Optional<RosterField> fieldOf(String header) {
        return verdict(header).field();
    }

    /** What a header names, with scores; ambiguous when two fields match about equally well. */
    public static Verdict verdict(String header) {
        String key = key(header);
        if (key.isEmpty()) {
            return new Verdict(Optional.empty(), Optional.empty());
        }
        RosterField exact = BY_KEY.get(key);
        if (exact != null) {
            return new Verdict(Optional.of(new Match(exact, EXACT, true)), Optional.empty());
        }
        Map<RosterField, String> words = new EnumMap<>(RosterField.class);
        for (Map.Entry<String, RosterField> alias : BY_KEY.entrySet()) {
            String word = alias.getKey();
            if (key.contains(word) && word.length() >= key.length() * MIN_COVERAGE) {
                words.merge(alias.getValue(), word, (a, b) -> a.length() >= b.length() ? a : b);
            }
        }
        List<Match> matches = new ArrayList<>();
        words.forEach((field, word) -> {
            boolean inside = words.entrySet().stream().anyMatch(
                    other -> other.getKey() != field && other.getValue().length() > word.length() && other.getValue().contains(word));
            if (!inside) {
                matches.add(new Match(field, 50 + (int) Math.round(40.0 * word.length() / key.length()), false));
            }
        });
        matches.sort(Comparator.comparingInt(Match::score).reversed());
        if (matches.isEmpty()) {
            return new Verdict(Optional.empty(), Optional.empty());
        }
        Optional<Match> rival = matches.size() > 1 && matches.get(0).score() - matches.get(1).score() < MARGIN
                ? Optional.of(matches.get(1)) : Optional.empty();
        return new Verdict(Optional.of(matches.get(0)), rival);
    }

    /** The aliases of a field, as listed in the documentation. */
    public static List<String> aliases(RosterField field) {
        return ALIASES.get(field);
    }
}
