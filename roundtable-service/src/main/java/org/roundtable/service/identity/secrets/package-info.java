/**
 * The secrets a person signs in with, as plain code without Spring: the rules a new password must meet
 * ({@link org.roundtable.service.identity.secrets.PasswordPolicy}) and the one-time codes of an authenticator
 * app ({@link org.roundtable.service.identity.secrets.Totp}). Storing them, and the sign-in itself, live
 * elsewhere.
 */
package org.roundtable.service.identity.secrets;
