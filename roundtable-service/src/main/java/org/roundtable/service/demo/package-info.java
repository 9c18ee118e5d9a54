/** Made-up cases for a newcomer's first look at an empty, embedded database. */
package org.roundtable.service.demo;
