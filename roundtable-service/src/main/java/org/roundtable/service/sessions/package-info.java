/** What the service adds to sessions beside the aggregate: decisions taken at the table, held against the session. */
package org.roundtable.service.sessions;
