/**
 * Who is asking: local accounts (password, second factor, lock-out), the bearer tokens API clients send,
 * and Spring Security's configuration that turns every request into an authenticated {@link
 * org.roundtable.service.identity.Member} or a 401.
 */
package org.roundtable.service.identity;
