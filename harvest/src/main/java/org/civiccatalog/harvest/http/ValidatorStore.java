package org.civiccatalog.harvest.http;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Remembers, per URL, the validators of the last complete 200 response, so the next GET can be conditional.
 * Implementations are safe for concurrent use.
 */
public interface ValidatorStore {
    Optional<Validators> get(URI url);

    void put(URI url, Validators validators);

    /** Forgets a URL's validators (its last 200 came without any). */
    void remove(URI url);

    /** Validators kept in memory for the life of the process. */
    static ValidatorStore inMemory() {
        return new InMemoryValidatorStore();
    }

    /**
     * Validators kept as one small JSON file per URL under {@code directory} (created if missing), each written
     * atomically, so they survive restarts and a crash never leaves a half-written entry.
     */
    static ValidatorStore jsonFiles(Path directory) {
        return new JsonFileValidatorStore(directory);
    }
}
