package org.civiccatalog.web.feed.datajson;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

import org.civiccatalog.core.store.StoreState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the last rendered copy of a whole-catalog feed on disk, keyed by the store's state and by everything
 * else the bytes depend on (feed URL, operator defaults, renderer version). The first request after a change
 * renders from the store and writes the copy as it streams (tee); later requests send the file. A failed or
 * abandoned render leaves no copy. Older copies are deleted when a new one is complete.
 */
final class RenderedFeedCache {
    private static final Logger LOG = LoggerFactory.getLogger("catalog.web");
    /** Bump when the mapping or writer changes what bytes a state renders to. */
    static final String RENDERER_VERSION = "1";

    private final Path dir;
    private final String name;
    private final String configKey;

    /** @param configKey everything besides the store state that the rendering depends on */
    RenderedFeedCache(Path dir, String name, String configKey) {
        this.dir = dir;
        this.name = name;
        this.configKey = org.apache.commons.codec.digest.DigestUtils.sha256Hex(RENDERER_VERSION + "\n" + configKey).substring(0, 16);
    }

    Path fileFor(StoreState state) {
        return dir.resolve(name + "-v" + state.version() + "-" + configKey);
    }

    Optional<Path> cached(StoreState state) {
        Path f = fileFor(state);
        return Files.isRegularFile(f) ? Optional.of(f) : Optional.empty();
    }

    void send(Path file, OutputStream out) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            in.transferTo(out);
        }
    }

    /** Renders to {@code out} and to a temporary file that becomes the cached copy once rendering completed. */
    void renderAndKeep(StoreState state, OutputStream out, Renderer renderer) throws IOException {
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, name + ".", ".part");
        boolean done = false;
        try (OutputStream file = Files.newOutputStream(tmp)) {
            renderer.render(new Tee(out, file));
            done = true;
        } finally {
            if (!done) Files.deleteIfExists(tmp);
        }
        Path target = fileFor(state);
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        removeOthers(target);
    }

    private void removeOthers(Path keep) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, name + "-v*")) {
            for (Path f : files) if (!f.equals(keep)) Files.deleteIfExists(f);
        } catch (IOException e) {
            LOG.warn("Could not clean old feed copies in {}: {}", dir, e.toString());
        }
    }

    @FunctionalInterface
    interface Renderer {
        void render(OutputStream out) throws IOException;
    }

    /** Writes to both; a failure of either fails the render. */
    private static final class Tee extends OutputStream {
        private final OutputStream a;
        private final OutputStream b;

        Tee(OutputStream a, OutputStream b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public void write(int x) throws IOException {
            a.write(x);
            b.write(x);
        }

        @Override
        public void write(byte[] buf, int off, int len) throws IOException {
            a.write(buf, off, len);
            b.write(buf, off, len);
        }

        @Override
        public void flush() throws IOException {
            a.flush();
        }
    }

}
