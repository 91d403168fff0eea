package org.courtorders.pdf;

import org.courtorders.core.TextSpan;

/**
 * One page of a PDF: its number (from 1) and where its text lies in the extracted text.
 *
 * @param number the page number, from 1, in the file's own order
 * @param span where the page's text lies in {@link PdfOrder#text()} (UTF-16, end exclusive)
 * @param width the page's width in PDF points (1/72 inch)
 * @param height the page's height in PDF points
 * @param hasText whether the page has a text layer at all; a scan without OCR has none
 * @since 0.1.0
 */
public record PdfPage(int number, TextSpan span, float width, float height, boolean hasText) {}
