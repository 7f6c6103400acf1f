/** The {@code certdesk roster} command. */
package io.certdesk.cli.internal.roster;
