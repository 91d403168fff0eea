package org.courtorders.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;
import org.courtorders.core.CourtOrder;
import org.courtorders.core.json.CourtOrderJson;
import org.courtorders.parser.CourtOrderParser;
import org.courtorders.parser.DecodedText;
import org.courtorders.pdf.PdfOrder;
import org.courtorders.pdf.PdfOrderReader;
import org.courtorders.pdf.PdfReadException;

/**
 * One input's bytes to one output line, as {@code courtorders parse} writes it: a PDF (by name or
 * signature) through PDFBox with its page map, anything else as UTF-8 text falling back to
 * Windows-1252 with a diagnostic; an input that cannot be read is an error record. The parser is
 * built once per JVM, so each Spark executor shares one. {@code SparkJobTest} checks every line
 * against the command line's own output, so the two cannot drift apart.
 */
final class Documents {
  /** What one input became: its line, and the error code if it failed. */
  record Parsed(String json, String errorCode) implements java.io.Serializable {}

  private Documents() {}

  /** The parser and PDF reader, built once per executor JVM on first use. */
  private static final class Shared {
    static final CourtOrderParser PARSER = CourtOrderParser.builder().discoverRules().build();
    static final PdfOrderReader PDF = PdfOrderReader.create(PARSER);
  }

  static Parsed parse(String name, byte[] bytes) {
    ObjectMapper mapper = CourtOrderJson.mapper();
    try {
      if (name.toLowerCase(Locale.ROOT).endsWith(".pdf") || PdfOrderReader.looksLikePdf(bytes)) {
        try {
          PdfOrder pdf = Shared.PDF.read(bytes, name);
          return new Parsed(mapper.writeValueAsString(CourtOrderJson.record(pdf.toJson())), null);
        } catch (PdfReadException e) {
          return error(mapper, name, e.reason().name(), e.getMessage());
        }
      }
      CourtOrder order = Shared.PARSER.parse(DecodedText.of(bytes), name);
      return new Parsed(
          mapper.writeValueAsString(CourtOrderJson.record(mapper.valueToTree(order))), null);
    } catch (RuntimeException | StackOverflowError | JsonProcessingException e) {
      return error(mapper, name, "PARSE_FAILED", "failed to parse " + name + ": " + e);
    }
  }

  private static Parsed error(ObjectMapper mapper, String name, String code, String message) {
    try {
      return new Parsed(
          mapper.writeValueAsString(CourtOrderJson.errorRecord(name, code, message)), code);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
