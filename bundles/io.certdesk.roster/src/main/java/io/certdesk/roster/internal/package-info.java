/** Readers, header detection, normalisation and validation behind the roster API. */
package io.certdesk.roster.internal;
