package org.roundtable.projections.directory;

/** Asks for every partner the round table has registered, those that left included, by code. */
public record FindPartners() {
}
