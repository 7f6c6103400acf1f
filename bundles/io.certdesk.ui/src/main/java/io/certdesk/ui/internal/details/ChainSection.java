package io.certdesk.ui.internal.details;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.certdesk.crypto.ChainSource;
import io.certdesk.crypto.ChainVerdict;
import io.certdesk.ui.internal.Accessible;
import io.certdesk.workspace.ChainRecord;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.PixelConverter;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * The chain the workspace recorded when it verified the entry, as a tree from the end-entity certificate down to the
 * root (each certificate is the child of the one it issued), the verdict and why: the anchor it matched (a trusted CA
 * certificate or the pinned root) or the checks that failed, then every check with its outcome.
 */
public final class ChainSection {

    private ChainSection() {
    }

    /** One node of the tree: a certificate at its position in the chain. */
    private record Node(List<ChainRecord.Certificate> chain, int index) {
        ChainRecord.Certificate certificate() {
            return chain.get(index);
        }
    }

    /** The section; {@code verified}: the entry has a verified certificate (a chain may predate the records). */
    public static Group create(Composite content, Optional<ChainRecord> recorded, Clock clock, boolean verified) {
        Group group = Fields.group(content, Messages.chainTitle);
        if (recorded.isEmpty()) {
            Fields.note(group, verified ? Messages.chainNotKept : Messages.chainNone);
            return group;
        }
        ChainRecord chain = recorded.get();
        Fields.field(group, Messages.chainVerdict, chain.trusted() ? Messages.chainTrusted
                : NLS.bind(Messages.chainNotTrusted, chain.failure().map(c -> Integer.toString(c.code())).orElse("-"))); //$NON-NLS-1$
        Fields.field(group, Messages.chainWhy, why(chain));
        Fields.field(group, Messages.chainVerifiedAt, Fields.seconds(chain.verifiedAt(), clock));
        chain.failure().ifPresent(code -> {
            Fields.field(group, Messages.errorCause, code.cause());
            Fields.field(group, Messages.errorRemedy, code.remedy());
        });
        tree(group, chain, clock);
        checks(group, chain);
        return group;
    }

    /** The anchor matched, or the failed checks. */
    static String why(ChainRecord chain) {
        if (chain.trusted()) {
            Optional<ChainRecord.Certificate> anchor = chain.certificates().stream()
                    .filter(ChainRecord.Certificate::anchor).findFirst();
            String name = anchor.map(c -> commonName(c.subject())).orElse("-"); //$NON-NLS-1$
            boolean pinned = chain.check(ChainVerdict.CheckKind.ROOT_PIN)
                    .map(c -> c.status() == ChainVerdict.Status.PASSED).orElse(Boolean.FALSE).booleanValue()
                    && anchor.isPresent() && anchor.get() == chain.certificates().get(chain.certificates().size() - 1)
                    && anchor.get().source() != ChainSource.TRUSTED;
            return NLS.bind(pinned ? Messages.chainWhyPinned : Messages.chainWhyAnchor, name);
        }
        List<String> failed = new ArrayList<>();
        for (ChainVerdict.Check check : chain.failures()) {
            failed.add(NLS.bind(Messages.chainFailedCheck, kind(check.kind()), check.detail()));
        }
        return NLS.bind(Messages.chainWhyFailed, String.join("\n", failed)); //$NON-NLS-1$
    }

    private static void tree(Group group, ChainRecord chain, Clock clock) {
        TreeViewer viewer = new TreeViewer(group, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        viewer.getTree().setHeaderVisible(true);
        viewer.getTree().setLinesVisible(true);
        Accessible.name(viewer.getTree(), Messages.chainTreeAccessible);
        PixelConverter pixels = new PixelConverter(group);
        column(viewer, Messages.chainColumnCertificate, 28, node -> commonName(node.certificate().subject()));
        column(viewer, Messages.chainColumnRole, 22, ChainSection::role);
        column(viewer, Messages.chainColumnSource, 16, node -> source(node.certificate().source()));
        column(viewer, Messages.chainColumnValidUntil, 11, node -> Fields.date(node.certificate().notAfter(), clock));
        viewer.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return new Object[] { new Node(chain.certificates(), 0) };
            }

            @Override
            public Object[] getChildren(Object parent) {
                Node node = (Node) parent;
                return node.index() + 1 < node.chain().size() ? new Object[] { new Node(node.chain(), node.index() + 1) }
                        : new Object[0];
            }

            @Override
            public Object getParent(Object element) {
                Node node = (Node) element;
                return node.index() == 0 ? null : new Node(node.chain(), node.index() - 1);
            }

            @Override
            public boolean hasChildren(Object element) {
                return getChildren(element).length > 0;
            }
        });
        viewer.setInput(chain);
        viewer.expandAll();
        GridDataFactory.fillDefaults().grab(true, false).span(3, 1)
                .hint(pixels.convertWidthInCharsToPixels(60),
                        viewer.getTree().getHeaderHeight() + viewer.getTree().getItemHeight() * (chain.certificates().size() + 1))
                .applyTo(viewer.getTree());
    }

    private interface Text {
        String of(Node node);
    }

    private static void column(TreeViewer viewer, String title, int chars, Text text) {
        TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(new PixelConverter(viewer.getControl()).convertWidthInCharsToPixels(chars));
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.of((Node) element);
            }

            @Override
            public String getToolTipText(Object element) {
                return ((Node) element).certificate().subject();
            }
        });
    }

    private static String role(Node node) {
        boolean last = node.index() == node.chain().size() - 1;
        ChainRecord.Certificate certificate = node.certificate();
        String role = node.index() == 0 ? Messages.chainRoleLeaf
                : last && certificate.subject().equals(certificate.issuer()) ? Messages.chainRoleRoot
                        : Messages.chainRoleIntermediate;
        return certificate.anchor() ? NLS.bind(Messages.chainRoleAnchor, role) : role;
    }

    private static void checks(Group group, ChainRecord chain) {
        Table table = new Table(group, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        Accessible.name(table, Messages.chainChecksAccessible);
        PixelConverter pixels = new PixelConverter(group);
        int[] widths = { 24, 10, 60 };
        String[] titles = { Messages.chainColumnCheck, Messages.chainColumnResult, Messages.chainColumnDetail };
        for (int i = 0; i < titles.length; i++) {
            TableColumn column = new TableColumn(table, SWT.NONE);
            column.setText(titles[i]);
            column.setWidth(pixels.convertWidthInCharsToPixels(widths[i]));
        }
        for (ChainVerdict.Check check : chain.checks()) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] { kind(check.kind()), status(check.status()), check.detail() });
        }
        GridDataFactory.fillDefaults().grab(true, false).span(3, 1)
                .hint(pixels.convertWidthInCharsToPixels(60),
                        table.getHeaderHeight() + table.getItemHeight() * (chain.checks().size() + 1))
                .applyTo(table);
    }

    /** The CN of an RFC 2253 name, else the name. */
    static String commonName(String dn) {
        for (String part : dn.split("(?<!\\\\),")) { //$NON-NLS-1$
            if (part.startsWith("CN=")) { //$NON-NLS-1$
                return part.substring(3).replace("\\", ""); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        return dn;
    }

    static String source(ChainSource source) {
        return switch (source) {
            case FILE -> Messages.chainSourceFile;
            case TRUSTED -> Messages.chainSourceTrusted;
            case FETCHED -> Messages.chainSourceFetched;
        };
    }

    static String status(ChainVerdict.Status status) {
        return switch (status) {
            case PASSED -> Messages.chainPassed;
            case FAILED -> Messages.chainFailed;
            case SKIPPED -> Messages.chainSkipped;
        };
    }

    static String kind(ChainVerdict.CheckKind kind) {
        return switch (kind) {
            case CHAIN_COMPLETE -> Messages.checkChainComplete;
            case VALIDITY -> Messages.checkValidity;
            case TRUST_ANCHOR -> Messages.checkTrustAnchor;
            case PATH_VALIDATION -> Messages.checkPathValidation;
            case ROOT_PIN -> Messages.checkRootPin;
            case ROOT_NAME -> Messages.checkRootName;
            case ISSUER_NAME -> Messages.checkIssuerName;
            case REVOCATION -> Messages.checkRevocation;
        };
    }
}
