/**
 * The directory: the partners of the round table and the people who act for them, with the roles each holds
 * now. The service reads it on every request to know who is asking ({@link
 * org.roundtable.projections.directory.DirectoryReader}); administrators ask it with {@link
 * org.roundtable.projections.directory.FindPartners}, {@link org.roundtable.projections.directory.FindPartner},
 * {@link org.roundtable.projections.directory.FindPeople} and {@link org.roundtable.projections.directory.FindPerson}.
 * It holds no case data.
 */
package org.roundtable.projections.directory;
