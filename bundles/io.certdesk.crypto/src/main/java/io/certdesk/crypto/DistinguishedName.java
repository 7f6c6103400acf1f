package io.certdesk.crypto;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import javax.security.auth.x500.X500Principal;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;

/** The parts of a subject or issuer name a result screen shows: O, OU and CN, plus the full RFC 2253 text. */
public record DistinguishedName(List<String> organizations, List<String> organizationalUnits,
        List<String> commonNames, String rfc2253) {

    public DistinguishedName {
        organizations = List.copyOf(organizations);
        organizationalUnits = List.copyOf(organizationalUnits);
        commonNames = List.copyOf(commonNames);
        Objects.requireNonNull(rfc2253, "rfc2253"); //$NON-NLS-1$
    }

    /** Parses a principal (Japanese names in UTF8String or BMPString come out as written). */
    public static DistinguishedName of(X500Principal principal) {
        Objects.requireNonNull(principal, "principal"); //$NON-NLS-1$
        X500Name name = X500Name.getInstance(principal.getEncoded());
        return new DistinguishedName(values(name, BCStyle.O), values(name, BCStyle.OU), values(name, BCStyle.CN),
                principal.getName(X500Principal.RFC2253));
    }

    private static List<String> values(X500Name name, ASN1ObjectIdentifier type) {
        List<String> values = new ArrayList<>();
        for (RDN rdn : name.getRDNs()) {
            for (AttributeTypeAndValue value : rdn.getTypesAndValues()) {
                if (value.getType().equals(type)) {
                    values.add(IETFUtils.valueToString(value.getValue()).replace("\\", "")); //$NON-NLS-1$ //$NON-NLS-2$
                }
            }
        }
        return values;
    }

    /** The common names joined, or the full name when there is no CN. */
    public String displayName() {
        return commonNames.isEmpty() ? rfc2253 : String.join(", ", commonNames); //$NON-NLS-1$
    }
}
