/**
 * Configuration in one visible place: Axon's storage on JDBC (event store, token store, serializer,
 * transactions), the aggregate and projections as beans, the clock, and the service's own settings.
 */
package org.roundtable.service.config;
