package org.courtorders.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.courtorders.core.CourtOrder;
import org.courtorders.core.DocumentType;
import org.courtorders.core.Judge;
import org.courtorders.core.JudgeTitle;
import org.courtorders.core.Party;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The caption, author, type and date layouts of issue 10's failure classes, each in several
 * invented wordings and layouts (no corpus document's text). {@code \n} in a CSV cell is a line
 * break.
 */
class CaptionClassesTest {
  private static final CourtOrderParser PARSER = CourtOrderParser.builder().build();

  private static CourtOrder parse(String text) {
    return PARSER.parse(text.replace("\\n", "\n"));
  }

  private static String plaintiff(CourtOrder o) {
    return o.caption()
        .flatMap(c -> c.plaintiffs().stream().findFirst())
        .map(Party::name)
        .orElse(null);
  }

  private static String defendant(CourtOrder o) {
    return o.caption()
        .flatMap(c -> c.defendants().stream().findFirst())
        .map(Party::name)
        .orElse(null);
  }

  private static final String BODY =
      "\n\nThe parties shall file a joint status letter by June 3, 2025.\n\nSO ORDERED.\n";

  // ---- C3 (a): "VERSUS" with no role labels --------------------------------------------

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "VERSUS",
        "v.",
        "-against-",
        "vs.",
      })
  void readsUnlabelledCaption(String separator) {
    String text =
        "UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF EXAMPLE\n\n"
            + " ACME HARBOR L.L.C., ET AL.                                     CIVIL ACTION\n\n"
            + " "
            + separator
            + "                                                            NO. 24-1234\n\n"
            + " TOWN OF BETA SPRINGS, ET AL.                                    SECTION \"B\"\n\n"
            + "                              ORDER AND REASONS"
            + BODY;
    CourtOrder o = parse(text);
    assertEquals("ACME HARBOR L.L.C.", plaintiff(o));
    assertEquals("TOWN OF BETA SPRINGS", defendant(o));
  }

  // ---- C3 (b): a label one space from the right column ----------------------------------

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Plaintiff, Honorable Jane Q. Roe",
        "Plaintiffs, Hon. Jane Q. Roe",
        "Petitioner, Case No. 25-10001",
        "Plaintiff, District Judge Jane Q. Roe",
      })
  void readsLabelSharingItsLineWithTheRightColumn(String labelLine) {
    String text =
        "UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF EXAMPLE\n\nPAT EXAMPLE,\n"
            + "                                          Case No. 25-10001\n                               "
            + labelLine
            + "\n                                          Magistrate Judge Lee Poe\nv.\n\nCHRIS SAMPLE, et al.,\n\n"
            + "                          Defendants.\n\n           ORDER DENYING MOTION"
            + BODY;
    CourtOrder o = parse(text);
    assertEquals("PAT EXAMPLE", plaintiff(o));
    assertEquals("CHRIS SAMPLE", defendant(o));
  }

  // ---- C3 (c) and (d): inline captions beat a site's title line ---------------------------

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "UNITED STATES, v. JOHN Q. DOE, Defendant.              | UNITED STATES | JOHN Q. DOE",
        "UNITED STATES OF AMERICA v. MARY ROE, Defendants.      | UNITED STATES OF AMERICA | MARY ROE",
        "STATE OF EXAMPLE, v. ACME CORP. et al., Respondents.   | STATE OF EXAMPLE | ACME CORP.",
      })
  void prefersTheInlineCaptionToTheSiteTitle(String caption, String p, String d) {
    String text =
        "From Example Research\n\nUnited States v. Doe\n\nUnited States District Court, S.D. Example\n\n"
            + "Opinion\n\n18 CR 319\n\n"
            + caption
            + "\n\nORDER"
            + BODY;
    CourtOrder o = parse(text);
    assertEquals(p, plaintiff(o));
    assertEquals(d, defendant(o));
  }

  // ---- C20: descriptors of any kind ---------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ACME HOLDINGS, INC., a Nevada corporation,                        | ACME HOLDINGS, INC.",
        "BETA LABS, LLC, a Delaware limited liability company,            | BETA LABS, LLC",
        "J.D., an infant, by her mother and natural guardian MARY DOE,     | J.D.",
        "R.S., a minor, by and through his parent ANN SMITH,               | R.S.",
        "GAMMA CO., AN OHIO CORPORATION,                                   | GAMMA CO.",
        "JOHN ROE, by his next friend JANE ROE,                            | JOHN ROE",
      })
  void dropsDescriptors(String nameLine, String expected) {
    String text =
        "UNITED STATES DISTRICT COURT\nDISTRICT OF EXAMPLE\n\n"
            + nameLine.strip()
            + "\n\n          Plaintiff,\n\n"
            + "     v.\n\nDELTA STORES, INC.,\n\n          Defendant.\n\nORDER"
            + BODY;
    assertEquals(expected, plaintiff(parse(text)));
  }

  // ---- C21: "A and B, Defendants." gives the first-listed ------------------------------------

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ACME WIDGETS, INC. and BETA PARTS LLC,                       | ACME WIDGETS, INC.",
        "WEST RIVER CAPITAL, LLC and JOHN UNGERSON                    | WEST RIVER CAPITAL, LLC",
        "THE VILLAGE OF EXAMPLE and THE VILLAGE OF EXAMPLE POLICE DEPARTMENT, | THE VILLAGE OF EXAMPLE",
        "Omega Corp. & Sigma Holdings Ltd.,                           | Omega Corp.",
        "DEPARTMENT OF HEALTH AND HUMAN SERVICES,                     | DEPARTMENT OF HEALTH AND HUMAN SERVICES",
        "JOHNSON AND JOHNSON,                                         | JOHNSON AND JOHNSON",
        "NEW EXAMPLE STATE DEPARTMENT OF PARKS AND RECREATION STATE OF NEW EXAMPLE, | NEW EXAMPLE STATE DEPARTMENT OF PARKS AND RECREATION",
        "BOARD OF EDUCATION OF THE CITY OF EXAMPLE,                   | BOARD OF EDUCATION OF THE CITY OF EXAMPLE",
      })
  void takesTheFirstOfJoinedParties(String nameLine, String expected) {
    String text =
        "UNITED STATES DISTRICT COURT\nDISTRICT OF EXAMPLE\n\nPAT EXAMPLE,\n\n          Plaintiff,\n\n"
            + "     v.\n\n"
            + nameLine.strip()
            + "\n\n          Defendants.\n\nORDER"
            + BODY;
    assertEquals(expected, defendant(parse(text)));
  }

  // ---- C13: parties named in the body -----------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Plaintiff Ann Lee sued Defendants Bo Lin and Cy Roe for unpaid wages.                     | Ann Lee | Bo Lin",
        "On May 2, Plaintiffs Dana Fox and Eli Fox brought this action against Defendant Acme Widgets, LLC. | Dana Fox | Acme Widgets, LLC",
        "Plaintiff Ann Lee opposes Defendant Town of Example's motion to dismiss.                   | Ann Lee | Town of Example",
        "Petitioner Sam Ode challenges his detention; Respondents Warden Kim Poe and others oppose. | Sam Ode | Warden Kim Poe",
      })
  void readsPartiesFromTheBody(String sentence, String p, String d) {
    String text =
        "ORDER\n\nJANE ROE, United States District Judge:\n\n"
            + sentence
            + " The motion is denied."
            + BODY;
    CourtOrder o = parse(text);
    assertEquals(p, plaintiff(o));
    assertEquals(d, defendant(o));
  }

  // ---- C4 / C19: court forms are orders ------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "PROCEEDINGS: (IN CHAMBERS) ORDER RE: BRIEFING SCHEDULE\\nHonorable Jane Q. Doe, United States Magistrate Judge",
        "PROCEEDINGS (IN CHAMBERS): ORDER TO SHOW CAUSE RE: DISMISSAL\\nThe Honorable Jane Q. Doe, United States District Judge",
        "IN RE: ACME SECURITIES LITIGATION\\n\\nORDER\\n\\nThe Honorable Jane Q. Doe, United States District Judge:",
        "In re: Example Trust Litigation\\n\\nMINUTE ORDER\\n\\nHon. Jane Q. Doe",
      })
  void readsCourtFormsAsOrders(String head) {
    CourtOrder o =
        parse(head + "\n\nDefendant shall file its opposition on or before June 3, 2024.\n");
    assertEquals(DocumentType.ORDER, o.documentType());
    assertTrue(!o.directives().isEmpty(), () -> "no directive in " + head);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "MINUTE ORDER\\nENTERED BY MAGISTRATE JUDGE KRISTEN Q. PIX",
        "MINUTE ENTRY\\nThe motion to compel is before the Court.",
        "TEXT ORDER\\nThe motion to compel is before the Court.",
        "JANE Q. ROE, United States Magistrate Judge.\\nAhead of the conference the parties must meet and confer.",
      })
  void readsMinuteAndUntitledOrders(String head) {
    CourtOrder o =
        parse(
            "Civil Action No. 11-cv-02913\n\n"
                + head
                + "\n\nThe parties must confer by June 3, 2024.\n");
    assertEquals(DocumentType.ORDER, o.documentType());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Dear Judge Roe:",
        "Your Honor:",
      })
  void aLetterStillNeedsOnlyLetterEvidence(String salutation) {
    String text =
        "LAW OFFICE LLP\n\nMay 1, 2025\n\nHonorable Jane Roe\nUnited States District Court\n\n"
            + "Re: Doe v. Acme Corp., No. 24-cv-100\n\n"
            + salutation
            + "\n\nWe ask for more time to answer.\n";
    assertEquals(DocumentType.LETTER, parse(text).documentType());
  }

  // ---- C7: author forms --------------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "(Signed by Judge Ana B. Cole on 5/6/2022)                                  | Ana B. Cole | DISTRICT_JUDGE",
        "signed by Magistrate Judge Ana B. Cole on 3/4/2019. Fourteen-Day Deadline. | Ana B. Cole | MAGISTRATE_JUDGE",
        "Entered by Ana B. Cole , United States Magistrate Judge, on June 4, 2012.   | Ana B. Cole | MAGISTRATE_JUDGE",
        "ENTERED BY MAGISTRATE JUDGE ANA B. COLE                                    | Ana B. Cole | MAGISTRATE_JUDGE",
        "Entered by District Judge Ana B. Cole on June 4, 2012.                     | Ana B. Cole | DISTRICT_JUDGE",
      })
  void readsDocketEntryAuthors(String line, String name, JudgeTitle title) {
    Judge a = parse("ORDER\n" + line + "\nThe motion is denied.\n").author().orElseThrow();
    assertEquals(name, a.name().orElseThrow());
    assertEquals(title, a.title().orElseThrow());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "/s/ Ana B. Cole\\nU NITED STATES D ISTRICT JUDGE                     | Ana B. Cole | DISTRICT_JUDGE",
        "/s/ Ana B. Cole\\nU NITED STATES M AGISTRATE JUDGE                   | Ana B. Cole | MAGISTRATE_JUDGE",
        "ANA B. COLE, UNITED STATES\\nDISTRICT JUDGE                           | Ana B. Cole | DISTRICT_JUDGE",
        "ANA B. COLE CHIEF UNITED STATES\\nMAGISTRATE JUDGE                    | Ana B. Cole | MAGISTRATE_JUDGE",
        "ANA B. COLE\\nSENIOR UNITED STATES DISTRICT JUDGE                     | Ana B. Cole | DISTRICT_JUDGE",
      })
  void readsSignatureForms(String signature, String name, JudgeTitle title) {
    Judge a =
        parse(
                "ORDER\n\nThe motion is denied.\n\nSO ORDERED.\n\nDated this 5th day of May, 2026.\n\n"
                    + signature
                    + "\n")
            .author()
            .orElseThrow();
    assertEquals(name, a.name().orElseThrow());
    assertEquals(title, a.title().orElseThrow());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "W. ANA COLE, SR. JUDGE UNITED STATES DISTRICT COURT.     | W. Ana Cole | DISTRICT_JUDGE | true",
        "ANA B. COLE, SENIOR DISTRICT JUDGE                        | Ana B. Cole | DISTRICT_JUDGE | true",
        "HONORABLE ANA B. COLE, UNITED STATES\\nDISTRICT JUDGE      | Ana B. Cole | DISTRICT_JUDGE | false",
        "ANA B. COLE CHIEF UNITED STATES\\nDISTRICT JUDGE           | Ana B. Cole | DISTRICT_JUDGE | false",
      })
  void readsHeadingAuthors(String heading, String name, JudgeTitle title, boolean senior) {
    Judge a =
        parse(
                "Opinion\n7:23-cv-88\nORDER\n"
                    + heading
                    + "\nThe motion is granted.\n\nSO ORDERED.\n")
            .author()
            .orElseThrow();
    assertEquals(name, a.name().orElseThrow());
    assertEquals(title, a.title().orElseThrow());
    assertEquals(senior, a.senior());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "All Citations",
        "End of Document",
        "Slip Copy, 2026 WL 1234567",
      })
  void neverTakesPageFurnitureForAName(String furniture) {
    CourtOrder o =
        parse(
            "ORDER\n\nThe motion is denied.\n\nIT IS SO ORDERED.\n\n"
                + furniture
                + "\nDISTRICT JUDGE\n");
    assertTrue(
        o.author()
            .flatMap(Judge::name)
            .map(n -> !n.contains("Citation") && !n.contains("Document") && !n.contains("Copy"))
            .orElse(true),
        () -> o.author().toString());
  }

  // ---- C34: closings that date the order ---------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "New Orleans, Louisiana, this 5th day of March, 2026.   | 2026-03-05",
        "Example City, Texas, this the 2nd day of June, 2025.   | 2025-06-02",
        "Signed in Tulsa, Oklahoma, on May 7, 2026.             | 2026-05-07",
        "Baton Rouge, Louisiana, on this 9th day of July, 2024. | 2024-07-09",
      })
  void readsCityClosings(String closing, LocalDate expected) {
    String text =
        "ORDER\n\nThe attorneys appeared before the Court on\nTuesday, February 24, 2026 at 10:00 a.m.\n"
            + "and explained themselves at length to the Court, which heard them.\n\nThe motion is denied.\n\n"
            + closing
            + "\n\n                     ANA B. COLE\n                     UNITED STATES DISTRICT JUDGE\n";
    assertEquals(expected, parse(text).signedDate().orElse(null));
  }

  // ---- C2: a docket site's one-line PDF text ---------------------------------------------

  private static final String LETTER_BODY =
      "We write on behalf of our client to ask for a short extension of the "
          + "deadline to answer the complaint, which is now set for May 1, 2025. The other side consents to the request "
          + "and no prior request has been made. The extension will not affect any other date in the schedule that the "
          + "Court has set, and the parties will continue to confer about discovery in good faith in the meantime. ";

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Respectfully, /s/ Ann Lee cc: all counsel Application GRANTED. The answer is due May 9, 2025. SO ORDERED. "
            + "Dated: May 2, 2025 New York, New York HON. PAT Q. SMITH UNITED STATES DISTRICT JUDGE Lee & Roe LLP 1 Main Street",
        "Sincerely, /s/ Ann Lee cc: all counsel The request is GRANTED. The answer is due May 9, 2025. So Ordered. "
            + "Dated: May 2, 2025 PAT Q. SMIT United States District Judge Lee & Roe LLP 1 Main Street",
        "Respectfully submitted, /s/ Ann Lee Application granted. The answer is due May 9, 2025. SO ORDERED. "
            + "Dated: May 2, 2025 HON. PAT Q. SMITH UNITED STATES DISTRICT JUDGE 1 Main Street Suite 4",
      })
  void readsOneLineLetterAndEndorsement(String tail) {
    String text =
        "LEE & ROE LLP ATTORNEYS AT LAW April 30, 2025 VIA ECF The Honorable Pat Q. Smith United States "
            + "District Court Southern District of New York 500 Pearl Street New York, NY 10007 Re: Letter Motion for an "
            + "Extension of Time Jane Doe v. Acme Widgets Corp., et al. Case # 1:24-cv-100 Dear Judge Smith: "
            + LETTER_BODY
            + LETTER_BODY
            + tail;
    CourtOrder o = parse(text);
    assertEquals(DocumentType.MEMO_ENDORSEMENT, o.documentType());
    assertEquals("Jane Doe", plaintiff(o));
    assertEquals("Acme Widgets Corp.", defendant(o));
    Judge a = o.author().orElseThrow();
    assertEquals(
        "Smith", a.name().orElseThrow().substring(a.name().orElseThrow().lastIndexOf(' ') + 1));
    assertEquals(JudgeTitle.DISTRICT_JUDGE, a.title().orElseThrow());
    assertEquals(LocalDate.of(2025, 5, 2), o.signedDate().orElseThrow());
  }

  // ---- C30: page-stamp variants ------------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Case 5:24-cv-10001-ABC-DEF ECF No. 31, PageID.410 Filed 03/04/25 Page 1 of 8       | 31",
        "Case 2:23-cv-00012-XY ECF No. 7, PageID #: 88 Filed 03/04/25 Page 1 of 2          | 7",
        "Case 1:08-cr-00365-ABC Document 82\\nFiled 03/04/25 Page 1 of 2                    | 82",
        "Case 1:08-cr-00365-ABC Document 82\\n\\nFiled 03/04/25 Page 1 of 2                 | 82",
        "Case 3:20-cv-00500 Document 40\\nFiled 03/04/25                                   | 40",
      })
  void readsStampVariants(String stamp, int document) {
    CourtOrder o = parse(stamp + "\\n\\nORDER\\n\\nThe motion (ECF No. 12) is denied.\\n");
    assertEquals(LocalDate.of(2025, 3, 4), o.filedDate().orElse(null), stamp);
    assertEquals(document, o.source().documentNumber().orElse(null));
    assertTrue(o.citations().size() == 1, () -> o.citations().toString());
  }

  // ---- C3 (c): no caption; who sued is said in the narrative's grammar ---------------------

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Counsel for Jane Q. Roe (\"Roe\") wrote to the Court. The Complaint (ECF No. 1) that Roe filed seeks damages.   | Jane Q. Roe",
        "On March 3, 2024, Acme Widgets Corp. commenced this action against its former supplier.                         | Acme Widgets Corp.",
        "Maria Lopez filed this civil rights action on May 1, 2023, alleging excessive force.                           | Maria Lopez",
        "The Court has reviewed Harbor Freight Lines's amended complaint and the responses thereto.                       | Harbor Freight Lines",
        "The petition, which Samuel Okafor filed pro se, challenges his conviction.                                       | Samuel Okafor",
        "Beta Holdings LLC (\"Beta\") moves to dismiss. The complaint that Beta filed in state court was removed.        | Beta Holdings LLC",
        "Carla Mendes brings this action under 42 U.S.C. 1983 against the warden.                 | Carla Mendes",
        "Northwind Traders Inc. has filed a verified complaint seeking an injunction.               | Northwind Traders Inc.",
        "The Court has reviewed the complaint filed by Omar Haddad on April 2, 2024.                | Omar Haddad",
        "This action was brought by Plaintiff Lena Fischer in the Supreme Court of New York.        | Lena Fischer",
        "The petition was filed by Tomas Ruiz, proceeding pro se, on May 5.                        | Tomas Ruiz",
      })
  void readsPlaintiffFromNarrative(String body, String expected) {
    CourtOrder o =
        parse(
            "21 Civ. 1234 (AB)\n\nORDER\n\n"
                + body
                + " The parties shall confer.\n\nSO ORDERED.\n");
    assertEquals(expected, plaintiff(o), body);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // the one who answered the complaint, or a motion about the action, is not its author
        "Acme Widgets Corp. filed an answer to the complaint on June 2.",
        "Acme Widgets Corp. filed a motion to dismiss this action.",
        "He filed this action in 2019 and has not appeared since.",
        "The Court filed the complaint under seal.",
        "The third-party complaint filed by Acme Widgets Corp. is stricken.",
        "The cross-complaint filed by Acme Widgets Corp. is stricken.",
        "The counterclaim complaint filed by Defendant Acme Widgets Corp. is stricken.",
      })
  void doesNotTakeOtherFilersForThePlaintiff(String body) {
    CourtOrder o =
        parse(
            "21 Civ. 1234 (AB)\n\nORDER\n\n"
                + body
                + " The parties shall confer.\n\nSO ORDERED.\n");
    assertEquals(null, plaintiff(o), body);
  }

  @org.junit.jupiter.api.Test
  void neverTakesTheDefendantForThePlaintiff() {
    CourtOrder o =
        parse(
            "21 Civ. 1234 (AB)\n\nORDER\n\nCounsel for defendant Paul Smith (\"Smith\") wrote. The "
                + "complaint that Smith filed in the other action is not before the Court.\n\nSO ORDERED.\n");
    assertEquals("Paul Smith", defendant(o));
    assertEquals(null, plaintiff(o));
  }

  // ---- C2/C3: a pleading caption flattened into one run, cells interleaved with line numbers ----

  private static final String FLAT_BODY =
      " 9 10 The parties shall file a joint status report within 14 days of this "
          + "order. 11 12 IT IS SO ORDERED. 13 Dated: October 19, 2018 /s/ UNITED STATES MAGISTRATE JUDGE\n";

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // labels drifted to the left column's top, a stray title cell between the name and "v."
        "1 2 UNITED STATES DISTRICT COURT 3 EASTERN DISTRICT OF EXAMPLE 4 5 Plaintiff, 7 ORDER SETTING STATUS "
            + "REPORT Defendant. 6 8 1:11-cv-00966-AB-CD (PC) MARIA DELGADO, 14-DAY DEADLINE v. McCORMICK, "
            + "| MARIA DELGADO | McCORMICK",
        // no stray cell; a company on the right
        "1 UNITED STATES DISTRICT COURT 2 NORTHERN DISTRICT OF EXAMPLE 3 Plaintiffs, 4 ORDER Defendants. 5 "
            + "Case No. 3:20-cv-01234-XY 6 HARBOR VIEW TENANTS ASSOCIATION, v. ACME PROPERTY GROUP LLC, "
            + "| HARBOR VIEW TENANTS ASSOCIATION | ACME PROPERTY GROUP LLC",
        // "vs" without a period, a name with an apostrophe
        "1 2 UNITED STATES DISTRICT COURT 3 DISTRICT OF EXAMPLE 4 JOHN O'BRIEN, Petitioner, 5 ORDER vs WARDEN "
            + "SMITH, Respondent. 6 No. 2:19-cv-00042 "
            + "| JOHN O'BRIEN | WARDEN SMITH",
      })
  void readsFlattenedPleadingCaption(
      String caption, String expectedPlaintiff, String expectedDefendant) {
    CourtOrder o = parse("Roe v. Someone Else et al\n\nFiling 81\n\n" + caption + FLAT_BODY);
    assertEquals(expectedPlaintiff, plaintiff(o));
    assertEquals(expectedDefendant, defendant(o));
  }

  @org.junit.jupiter.api.Test
  void leavesALowerCaseNarrativeVersusAlone() {
    // prose that happens to follow a court heading: "Smith, in Jones v. Brown," is a citation, not
    // parties
    CourtOrder o =
        parse(
            "1 2 UNITED STATES DISTRICT COURT 3 DISTRICT OF EXAMPLE 4 Plaintiff, 5 Defendant. 6 "
                + "As the court held in Jones, the Rule applies. See Jones v. Brown, 500 U.S. 1 (1991). The parties agree "
                + "that the complaint was timely and that the court has jurisdiction over every claim in the case."
                + FLAT_BODY);
    assertEquals(null, plaintiff(o));
    assertEquals(null, defendant(o));
  }
}
