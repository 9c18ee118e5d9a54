/** Sending commands: once committed, they are done; a conflict or a failing read model is tried again. */
package org.roundtable.service.commands;
