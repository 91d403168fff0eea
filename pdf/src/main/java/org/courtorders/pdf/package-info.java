/**
 * Reads court orders from PDF files: {@link org.courtorders.pdf.PdfOrderReader} extracts the text
 * layer page by page with Apache PDFBox, parses it, and keeps a page map so every span can be found
 * on its page.
 */
package org.courtorders.pdf;
