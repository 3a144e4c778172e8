package org.civiccatalog.harvest.links;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.util.Optional;

/**
 * One request of the link checker, no redirects followed: HEAD, or a GET that reads only the first bytes of the body
 * and then drops the connection (a 2 GB download costs a kilobyte).
 */
final class Exchange {
    /** What came back. */
    record Response(int status, Optional<String> location, Optional<String> contentType, Optional<String> retryAfter) {}

    private final LinkSettings settings;

    Exchange(LinkSettings settings) {
        this.settings = settings;
    }

    Response send(String method, URI url) throws IOException {
        HttpURLConnection c = (HttpURLConnection) url.toURL().openConnection();
        boolean reused = false;
        try {
            c.setConnectTimeout(millis(settings.connectTimeout()));
            c.setReadTimeout(millis(settings.readTimeout()));
            c.setInstanceFollowRedirects(false);
            c.setUseCaches(false);
            c.setRequestMethod(method);
            c.setRequestProperty("User-Agent", settings.userAgent());
            c.setRequestProperty("Accept", "*/*");
            c.connect();
            int status = c.getResponseCode();
            if (status < 100) throw new IOException("the reply was not valid HTTP");
            Response r = new Response(status, Optional.ofNullable(c.getHeaderField("Location")),
                    Optional.ofNullable(c.getContentType()), Optional.ofNullable(c.getHeaderField("Retry-After")));
            if (method.equals("GET")) {
                InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream();
                if (in != null) {
                    byte[] buf = new byte[Math.max(1, Math.min(settings.getBytes(), 8192))];
                    int read = 0, n;
                    while (read < settings.getBytes() && (n = in.read(buf, 0, Math.min(buf.length, settings.getBytes() - read))) > 0)
                        read += n;
                }
            } else {
                InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream();
                if (in != null) in.close();
                reused = true;   // a HEAD reply has no body: the connection can serve the next request
            }
            return r;
        } finally {
            if (!reused) c.disconnect();
        }
    }

    private static int millis(java.time.Duration d) {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(1, d.toMillis()));
    }
}
