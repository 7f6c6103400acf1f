package io.certdesk.portal.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import io.certdesk.portal.PortalUser;

/** The users of one group ({@code groups/G/users.properties}); renewals issue to the same users. */
public final class GroupUsers {

    private final Path file;
    private final List<PortalUser> users;

    private GroupUsers(Path file, List<PortalUser> users) {
        this.file = file;
        this.users = users;
    }

    public static GroupUsers load(Path groupFolder) throws IOException {
        Path file = groupFolder.resolve("users.properties"); //$NON-NLS-1$
        List<PortalUser> users = new ArrayList<>();
        if (Files.isRegularFile(file)) {
            Properties p = PropertiesFiles.read(file);
            int count = Integer.parseInt(p.getProperty("count", "0").strip()); //$NON-NLS-1$ //$NON-NLS-2$
            for (int i = 1; i <= count; i++) {
                String prefix = "user." + i + '.'; //$NON-NLS-1$
                users.add(new PortalUser(p.getProperty(prefix + "name", ""), p.getProperty(prefix + "email", ""), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                        p.getProperty(prefix + "department", ""))); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        return new GroupUsers(file, users);
    }

    public List<PortalUser> all() {
        return List.copyOf(users);
    }

    /** Adds {@code count} demo users (names continue the sequence of {@code seed}) and saves. */
    public List<PortalUser> add(int count, long seed) throws IOException {
        Set<String> taken = new HashSet<>();
        users.forEach(u -> taken.add(u.email().toLowerCase(java.util.Locale.ROOT)));
        JapaneseNames names = new JapaneseNames(seed, taken).skip(users.size());
        List<PortalUser> added = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            added.add(names.next());
        }
        users.addAll(added);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("count", Integer.toString(users.size())); //$NON-NLS-1$
        for (int i = 0; i < users.size(); i++) {
            String prefix = "user." + (i + 1) + '.'; //$NON-NLS-1$
            values.put(prefix + "name", users.get(i).name()); //$NON-NLS-1$
            values.put(prefix + "email", users.get(i).email()); //$NON-NLS-1$
            values.put(prefix + "department", users.get(i).department()); //$NON-NLS-1$
        }
        PropertiesFiles.write(file, values, "CertDesk reference portal: the users of this group."); //$NON-NLS-1$
        return added;
    }
}
