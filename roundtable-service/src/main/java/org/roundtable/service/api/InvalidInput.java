package org.roundtable.service.api;

/** Input the API cannot turn into a command: answered with 400, naming the offending field. */
class InvalidInput extends RuntimeException {

    private final String field;

    InvalidInput(String field, String message) {
        super(message);
        this.field = field;
    }

    String field() {
        return field;
    }
}
