package org.roundtable.service.faults;

/** The service cannot take this request now, but will soon: answered with 503 and {@code Retry-After}. */
public class ServiceBusy extends RuntimeException {

    public ServiceBusy(String message) {
        super(message);
    }
}
