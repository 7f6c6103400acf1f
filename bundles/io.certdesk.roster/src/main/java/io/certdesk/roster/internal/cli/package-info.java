/** The {@code certdesk roster} command. */
package io.certdesk.roster.internal.cli;
