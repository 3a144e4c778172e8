package org.civiccatalog.harvest.adapters;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Recognises a package whose resources live on another CKAN portal: data.ca.gov lists datasets whose resource URLs
 * are {@code https://data.chhs.ca.gov/dataset/<package id>/resource/<resource id>/download/...} or the same on
 * data.cnra.ca.gov. Any resource URL of that CKAN shape on a host other than the harvested portal's names the origin
 * dataset page {@code https://<host>/dataset/<package id>} — which is also where that portal's own record sits when
 * it is harvested ({@code dct:identifier} = the package id, landing page on that host). The harvester records each
 * origin as {@code dct:source}, for the cross-portal identity work to link the copy to its origin.
 */
final class CkanPortalLinks {
    private static final Pattern CKAN_RESOURCE = Pattern.compile("^(.*?)/dataset/([^/?#]+)/resource/[^/?#]+.*$");

    private CkanPortalLinks() {}

    /** The origin dataset pages of a package's resources on other hosts, in resource order, without repeats. */
    static Set<URI> origins(URI portalRoot, ObjectNode pkg) {
        Set<URI> out = new LinkedHashSet<>();
        String home = host(portalRoot);
        for (JsonNode res : pkg.path("resources")) {
            String url = PortalJson.text(res, "url");
            if (url == null) continue;
            URI u;
            try {
                u = URI.create(url.strip());
            } catch (IllegalArgumentException e) {
                continue;
            }
            String host = host(u);
            if (host == null || host.equals(home) || u.getRawPath() == null) continue;
            if (!"http".equals(u.getScheme()) && !"https".equals(u.getScheme())) continue;
            Matcher m = CKAN_RESOURCE.matcher(u.getRawPath());
            if (m.matches())
                out.add(URI.create(u.getScheme() + "://" + u.getRawAuthority() + m.group(1) + "/dataset/" + m.group(2)));
        }
        return out;
    }

    private static String host(URI u) {
        return u.getHost() == null ? null : u.getHost().toLowerCase(Locale.ROOT);
    }
}
