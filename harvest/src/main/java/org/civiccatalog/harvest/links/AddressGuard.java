package org.civiccatalog.harvest.links;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Keeps the checker off addresses it must not reach: a URL in a portal's metadata could point the catalog's server at
 * its own network (a router page, a cloud metadata service at 169.254.169.254). Every address a host resolves to is
 * checked, before the first request and after each redirect. Loopback, private (RFC 1918, shared 100.64/10, IPv6
 * unique-local) and link-local addresses are refused unless the settings allow them; multicast, broadcast and
 * unspecified addresses always.
 *
 * <p>The connection then resolves the name again; a DNS answer that changes in between (rebinding) is not caught.
 */
final class AddressGuard {
    enum Kind { PUBLIC, LOOPBACK, PRIVATE, LINK_LOCAL, NEVER }

    /** What the guard decided about a host. */
    sealed interface Verdict permits Allowed, Refused, Unresolvable {}

    record Allowed() implements Verdict {}

    record Refused(String reason) implements Verdict {}

    record Unresolvable(String reason) implements Verdict {}

    private final boolean allowLoopback;
    private final boolean allowPrivate;

    AddressGuard(boolean allowLoopback, boolean allowPrivate) {
        this.allowLoopback = allowLoopback;
        this.allowPrivate = allowPrivate;
    }

    Verdict check(String host) {
        InetAddress[] all;
        try {
            all = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            return new Unresolvable("unknown host " + host);
        } catch (SecurityException e) {
            return new Unresolvable("cannot resolve " + host + " (" + e.getMessage() + ")");
        }
        for (InetAddress a : all) {
            Kind k = kind(a);
            if (!allowed(k))
                return new Refused(host + " resolves to " + a.getHostAddress() + ", a " + describe(k)
                        + " address, which the link checker does not reach" + (k == Kind.NEVER ? ""
                        : " (allow it with the private-address setting, --allow-private)"));
        }
        return new Allowed();
    }

    boolean allowed(Kind k) {
        return switch (k) {
            case PUBLIC -> true;
            case LOOPBACK -> allowLoopback || allowPrivate;
            case PRIVATE, LINK_LOCAL -> allowPrivate;
            case NEVER -> false;
        };
    }

    static Kind kind(InetAddress a) {
        if (a.isAnyLocalAddress() || a.isMulticastAddress()) return Kind.NEVER;
        if (a.isLoopbackAddress()) return Kind.LOOPBACK;
        if (a.isLinkLocalAddress()) return Kind.LINK_LOCAL;
        if (a.isSiteLocalAddress()) return Kind.PRIVATE;
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int b0 = b[0] & 0xff, b1 = b[1] & 0xff;
            if (b0 == 0 || (b0 == 255 && b1 == 255 && (b[2] & 0xff) == 255 && (b[3] & 0xff) == 255)) return Kind.NEVER;
            if (b0 == 127) return Kind.LOOPBACK;
            if (b0 == 100 && (b1 & 0xc0) == 64) return Kind.PRIVATE;   // 100.64.0.0/10, carrier-grade NAT
        } else if (a instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) return Kind.PRIVATE;            // fc00::/7, unique local
        }
        return Kind.PUBLIC;
    }

    private static String describe(Kind k) {
        return switch (k) {
            case LOOPBACK -> "loopback";
            case PRIVATE -> "private";
            case LINK_LOCAL -> "link-local";
            case NEVER -> "multicast, broadcast or unspecified";
            case PUBLIC -> "public";
        };
    }
}
