package org.courtorders.pdf;

/**
 * A rectangle on a page that holds part of a span's text: what a viewer highlights. Coordinates are
 * PDF points (1/72 inch) from the page's top-left corner, as a reader sees the page.
 *
 * @param page the page number, from 1
 * @param x left edge
 * @param y top edge
 * @param width width
 * @param height height
 * @since 0.1.0
 */
public record PdfBox(int page, float x, float y, float width, float height) {}
