package org.courtorders.parser.internal.text;

import java.util.Optional;
import org.courtorders.core.TextSpan;

/**
 * A PACER header stamp ("Case 1:18-cv-04476-LJL-JW Document 565 Filed 06/28/24 Page 1 of 2") that
 * the text layer removed from the normalized text, with its parts. Spans are original.
 *
 * @param span the whole stamp in the original input
 * @param caseNumberText the case number as printed ("1:18-cv-04476-LJL-JW")
 * @param caseNumberSpan where that case number lies in the original input
 * @param documentNumber the stamp's own docket entry ("Document 565"): not a citation
 * @param filedText the filed date as printed ("06/28/24"), if any
 * @param page this page's number, if given
 * @param pageCount the document's page count, if given
 */
public record PageStamp(
    TextSpan span,
    String caseNumberText,
    TextSpan caseNumberSpan,
    Optional<Integer> documentNumber,
    Optional<String> filedText,
    Optional<Integer> page,
    Optional<Integer> pageCount) {}
