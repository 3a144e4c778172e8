package org.civiccatalog.harvest.http;

import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** {@link ValidatorStore#inMemory()}. */
final class InMemoryValidatorStore implements ValidatorStore {
    private final Map<String, Validators> byUrl = new ConcurrentHashMap<>();

    @Override
    public Optional<Validators> get(URI url) {
        return Optional.ofNullable(byUrl.get(url.toString()));
    }

    @Override
    public void put(URI url, Validators validators) {
        byUrl.put(url.toString(), Objects.requireNonNull(validators, "validators"));
    }

    @Override
    public void remove(URI url) {
        byUrl.remove(url.toString());
    }
}
