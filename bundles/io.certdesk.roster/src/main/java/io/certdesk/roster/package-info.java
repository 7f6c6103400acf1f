/** Roster import (xlsx, xls, csv) and the result workbook. */
package io.certdesk.roster;
