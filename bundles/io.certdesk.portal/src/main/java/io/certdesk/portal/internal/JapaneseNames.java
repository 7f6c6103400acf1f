package io.certdesk.portal.internal;

import java.util.HashSet;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import io.certdesk.portal.PortalUser;

/**
 * Plausible demo users, deterministic from a seed: Japanese family and given names in kanji, a romanised
 * mail address under {@code example.co.jp} (reserved for examples) and a department. The same seed gives
 * the same users in the same order.
 */
public final class JapaneseNames {

    private static final String[][] FAMILY = { { "\u4f50\u85e4", "sato" }, { "\u9234\u6728", "suzuki" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            { "\u9ad8\u6a4b", "takahashi" }, { "\u7530\u4e2d", "tanaka" }, { "\u4f0a\u85e4", "ito" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            { "\u6e21\u8fba", "watanabe" }, { "\u5c71\u672c", "yamamoto" }, { "\u4e2d\u6751", "nakamura" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            { "\u5c0f\u6797", "kobayashi" }, { "\u52a0\u85e4", "kato" }, { "\u5409\u7530", "yoshida" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            { "\u5c71\u7530", "yamada" }, { "\u4f50\u3005\u6728", "sasaki" }, { "\u5c71\u53e3", "yamaguchi" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            { "\u677e\u672c", "matsumoto" }, { "\u4e95\u4e0a", "inoue" }, { "\u6728\u6751", "kimura" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            { "\u6797", "hayashi" }, { "\u6e05\u6c34", "shimizu" }, { "\u658e\u85e4", "saito" } }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    private static final String[][] GIVEN = { { "\u7fd4\u592a", "shota" }, { "\u967d\u83dc", "hina" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            { "\u5065\u592a", "kenta" }, { "\u7f8e\u54b2", "misaki" }, { "\u5927\u8f14", "daisuke" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            { "\u7531\u7f8e", "yumi" }, { "\u62d3\u4e5f", "takuya" }, { "\u611b", "ai" }, { "\u76f4\u6a39", "naoki" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
            { "\u6075", "megumi" }, { "\u8aa0", "makoto" }, { "\u5f69", "aya" }, { "\u6d69\u4e8c", "koji" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
            { "\u771f\u7406\u5b50", "mariko" }, { "\u4eae", "ryo" }, { "\u5343\u5c0b", "chihiro" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            { "\u548c\u4e5f", "kazuya" }, { "\u82b1\u5b50", "hanako" }, { "\u592a\u90ce", "taro" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            { "\u3055\u304f\u3089", "sakura" } }; //$NON-NLS-1$ //$NON-NLS-2$
    private static final String[] DEPARTMENTS = { "\u7d4c\u7406\u90e8", "\u7dcf\u52d9\u90e8", "\u55b6\u696d\u90e8", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            "\u8ca1\u52d9\u90e8", "\u60c5\u5831\u30b7\u30b9\u30c6\u30e0\u90e8", "\u4eba\u4e8b\u90e8", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            "\u6cd5\u52d9\u90e8", "\u56fd\u969b\u696d\u52d9\u90e8" }; //$NON-NLS-1$ //$NON-NLS-2$
    private static final String DOMAIN = "example.co.jp"; //$NON-NLS-1$

    private final Random random;
    private final Set<String> emails = new HashSet<>();

    /** Names from {@code seed}; {@code taken} are mail addresses already used in the group. */
    public JapaneseNames(long seed, Set<String> taken) {
        this.random = new Random(seed);
        this.emails.addAll(taken);
    }

    /** Skips {@code n} draws, so a group that grows continues the same sequence. */
    public JapaneseNames skip(int n) {
        for (int i = 0; i < n; i++) {
            random.nextInt(FAMILY.length);
            random.nextInt(GIVEN.length);
            random.nextInt(DEPARTMENTS.length);
        }
        return this;
    }

    public PortalUser next() {
        String[] family = FAMILY[random.nextInt(FAMILY.length)];
        String[] given = GIVEN[random.nextInt(GIVEN.length)];
        String department = DEPARTMENTS[random.nextInt(DEPARTMENTS.length)];
        String local = given[1] + '.' + family[1];
        String email = local + '@' + DOMAIN;
        for (int n = 2; !emails.add(email.toLowerCase(Locale.ROOT)); n++) {
            email = local + n + '@' + DOMAIN;
        }
        return new PortalUser(family[0] + '\u3000' + given[0], email, department);
    }
}
