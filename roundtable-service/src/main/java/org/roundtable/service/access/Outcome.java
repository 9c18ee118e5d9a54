package org.roundtable.service.access;

/** Whether a look was answered with data or refused. */
public enum Outcome {
    /** The data was returned, as far as the reader may see it. */
    SHOWN,
    /** Refused: the case is not the reader's to know (404), or the reader's roles do not allow the look (403). */
    REFUSED
}
