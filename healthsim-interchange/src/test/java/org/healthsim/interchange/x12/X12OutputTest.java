package org.healthsim.interchange.x12;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.imsweb.x12.Loop;
import com.imsweb.x12.Segment;
import com.imsweb.x12.reader.X12Reader;
import com.imsweb.x12.reader.X12Reader.FileType;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.healthsim.generation.output.OutputFormat;
import org.healthsim.generation.output.RunManifest;
import org.healthsim.interchange.InterchangeFormats;
import org.healthsim.interchange.InterchangeRuns;
import org.junit.jupiter.api.Test;

/**
 * The X12 files of a year of care, read back by an independent parser (IMS's x12-parser, with the
 * 5010 X222, X223 and X221 maps): their envelopes and control numbers agree, each 837 claim's total
 * is its lines', each 835 claim payment ties to an 837 claim and balances (paid plus adjustments is
 * what was billed), the claims and remittances are the NDJSON run's, and the bytes do not depend on
 * the thread count.
 */
class X12OutputTest {

  /**
   * The parser's one complaint about our 837I: it keys the 2300 loop's HI segments by position, and
   * all of X223's share one, so a claim's second HI (the MS-DRG, the other diagnoses, which the
   * guide puts in segments of their own) reads as the principal diagnosis repeated.
   */
  private static final String PARSER_HI_LIMIT = "HI in loop 2300 appears too many times";

  private static Path x12() {
    return InterchangeRuns.yearOfCare(InterchangeFormats.X12);
  }

  private static Loop read(FileType type, String file, List<String> tolerated) throws IOException {
    X12Reader reader = new X12Reader(type, x12().resolve(file).toFile());
    assertThat(reader.getFatalErrors()).as(file).isEmpty();
    assertThat(reader.getErrors()).as(file).allMatch(tolerated::contains);
    assertThat(reader.getLoops()).as(file).hasSize(1);
    return reader.getLoops().get(0);
  }

  @Test
  void everyFileReadsBackWithEnvelopesAndControlNumbersThatAgree() throws IOException {
    for (String file : List.of("837P.x12", "837I.x12", "835.x12", "834.x12")) {
      List<String[]> segments = segments(x12().resolve(file));
      assertThat(segments.get(0)[0]).isEqualTo("ISA");
      assertThat(segments.get(0)[15]).as("usage: test data").isEqualTo("T");
      int sets = 0;
      int open = -1;
      String control = null;
      for (int i = 0; i < segments.size(); i++) {
        String[] s = segments.get(i);
        if (s[0].equals("ST")) {
          open = i;
          control = s[2];
          sets++;
          assertThat(control).isEqualTo(String.format("%04d", sets));
        } else if (s[0].equals("SE")) {
          assertThat(s[2]).as(file + " SE02").isEqualTo(control);
          assertThat(Integer.parseInt(s[1])).as(file + " SE01").isEqualTo(i - open + 1);
        }
      }
      String[] ge = segments.get(segments.size() - 2);
      String[] iea = segments.get(segments.size() - 1);
      assertThat(ge[0]).isEqualTo("GE");
      assertThat(Integer.parseInt(ge[1])).as(file + " GE01").isEqualTo(sets);
      assertThat(iea[2]).isEqualTo(segments.get(0)[13]);
    }
  }

  @Test
  void eachClaimTotalsItsLinesAndEachPaymentTiesToAClaimAndBalances() throws IOException {
    Map<String, BigDecimal> billed = new HashMap<>();
    int professional = 0;
    for (Loop claim :
        read(FileType.ANSI837_5010_X222, "837P.x12", List.of()).findAllLoops("2300")) {
      professional++;
      billed.put(claimId(claim), total(claim, "SV1", "SV102"));
    }
    int institutional = 0;
    for (Loop claim :
        read(FileType.ANSI837_5010_X223, "837I.x12", List.of(PARSER_HI_LIMIT))
            .findAllLoops("2300")) {
      institutional++;
      billed.put(claimId(claim), total(claim, "SV2", "SV203"));
    }
    List<Loop> payments =
        read(FileType.ANSI835_5010_X221, "835.x12", List.of()).findAllLoops("2100");
    for (Loop payment : payments) {
      Segment clp = payment.getSegment("CLP");
      BigDecimal charged = new BigDecimal(clp.getElementValue("CLP03"));
      BigDecimal adjusted = BigDecimal.ZERO;
      for (Segment cas : payment.findSegment("CAS")) {
        adjusted = adjusted.add(new BigDecimal(cas.getElementValue("CAS03")));
      }
      String id = clp.getElementValue("CLP01");
      assertThat(billed).as("835 claim " + id + " in an 837").containsKey(id);
      // A reversal (status 22) takes back the original's amounts: negated.
      boolean reversal = clp.getElementValue("CLP02").equals("22");
      assertThat(reversal ? charged.negate() : charged).as(id).isEqualByComparingTo(billed.get(id));
      assertThat(new BigDecimal(clp.getElementValue("CLP04")).add(adjusted))
          .as(id + ": paid + adjustments")
          .isEqualByComparingTo(charged);
    }

    Map<String, Integer> records = ndjsonRecordCounts();
    assertThat(professional).isEqualTo(records.get("claim_professional"));
    assertThat(institutional).isEqualTo(records.get("claim_institutional"));
    assertThat(payments).hasSize(records.get("remittance"));
  }

  @Test
  void theFilesAreTheSameOnOneAndTwoThreadsAndTheManifestCountsTheirSegments() throws IOException {
    Path one = InterchangeRuns.yearOfCare(InterchangeFormats.X12, 1);
    Path two = InterchangeRuns.yearOfCare(InterchangeFormats.X12, 2);
    for (String file : List.of("837P.x12", "837I.x12", "835.x12", "834.x12")) {
      assertThat(two.resolve(file)).hasSameBinaryContentAs(one.resolve(file));
    }
    // The manifest counts each file's segments, and verifies.
    RunManifest manifest = RunManifest.read(one).orElseThrow();
    for (RunManifest.Entry e : manifest.files()) {
      if (e.name().endsWith(".x12")) {
        assertThat(e.rows()).as(e.name()).isEqualTo((long) segments(one.resolve(e.name())).size());
      }
    }
    assertThat(RunManifest.verify(one)).isEmpty();
  }

  private static String claimId(Loop claim) {
    return claim.getSegment("CLM").getElementValue("CLM01");
  }

  /** Checks CLM02 against the sum of the lines' charges, and returns it. */
  private static BigDecimal total(Loop claim, String lineSegment, String charge) {
    BigDecimal lines = BigDecimal.ZERO;
    for (Loop line : claim.findAllLoops("2400")) {
      lines = lines.add(new BigDecimal(line.getSegment(lineSegment).getElementValue(charge)));
    }
    BigDecimal total = new BigDecimal(claim.getSegment("CLM").getElementValue("CLM02"));
    assertThat(total).as(claimId(claim) + " CLM02").isEqualByComparingTo(lines);
    assertThat(lines).as("an 837 (a void too) bills positive charges").isPositive();
    return total;
  }

  private static Map<String, Integer> ndjsonRecordCounts() throws IOException {
    Map<String, Integer> counts = new HashMap<>();
    Path ndjson = InterchangeRuns.yearOfCare(OutputFormat.NDJSON);
    for (String line : Files.readAllLines(ndjson.resolve("events.ndjson"))) {
      JsonNode event = InterchangeRuns.JSON.readTree(line);
      for (JsonNode r : event.path("outputs")) {
        String type = r.path("record_type").asText();
        if (!r.path("status").asText().equals("self_pay")) {
          counts.merge(type, 1, Integer::sum);
        }
      }
    }
    return counts;
  }

  private static List<String[]> segments(Path file) throws IOException {
    List<String[]> segments = new ArrayList<>();
    for (String s : Files.readString(file).split("~\n")) {
      if (!s.isBlank()) {
        segments.add(s.split("\\*", -1));
      }
    }
    return segments;
  }
}
