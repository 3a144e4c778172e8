package org.civiccatalog.harvest.http;

/**
 * A response the client will not accept and will not ask for again: over the size limit, a redirect loop or a
 * redirect to another scheme, an encoding it cannot decode. The message says what happened, without the URL.
 */
final class Refused extends Exception {
    Refused(String message) {
        super(message, null, false, false);
    }
}
