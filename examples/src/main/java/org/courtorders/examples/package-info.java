/** Runnable examples of the library; the tests run the README's snippets. Not deployed. */
package org.courtorders.examples;
