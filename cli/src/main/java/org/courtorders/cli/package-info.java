/** The {@code courtorders} command line: parse orders into JSON Lines. */
package org.courtorders.cli;
