package org.healthsim.interchange.ncpdp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.healthsim.generation.output.OutputFormat;
import org.healthsim.generation.output.RunManifest;
import org.healthsim.interchange.InterchangeFormats;
import org.healthsim.interchange.InterchangeRuns;
import org.junit.jupiter.api.Test;

/**
 * The NCPDP D.0 files of the year-of-care run read back with a parser written here from the
 * standard's layout (fixed-width header; segments, fields and groups by their separators; amounts
 * in signed overpunch): one request and one response per insured pharmacy claim of the NDJSON run,
 * in its order, with its keys and amounts; reversals point at the billing they reverse; and the
 * bytes do not depend on the thread count.
 */
class NcpdpOutputTest {

  private static final int REQUEST_HEADER = 56;
  private static final int RESPONSE_HEADER = 31;

  /** A transmission read back: its fixed header and each segment's fields by id. */
  private record Transmission(String header, Map<String, Map<String, String>> segments) {
    String field(String segment, String id) {
      Map<String, String> fields = segments.get(segment);
      return fields == null ? null : fields.get(id);
    }

    long amount(String segment, String id) {
      return overpunch(field(segment, id));
    }
  }

  private static Transmission parse(String line, int headerWidth) {
    int firstSegment = line.indexOf('\u001e');
    int group = line.indexOf('\u001d');
    int headerEnd =
        firstSegment < 0 ? group : group < 0 ? firstSegment : Math.min(firstSegment, group);
    String header = line.substring(0, headerEnd);
    assertThat(header).as("header").hasSize(headerWidth);
    Map<String, Map<String, String>> segments = new LinkedHashMap<>();
    for (String segment : line.substring(headerEnd).replace("\u001d", "").split("\u001e")) {
      if (segment.isEmpty()) {
        continue;
      }
      String[] fields = segment.split("\u001c");
      assertThat(fields[0]).as("before the first field separator").isEmpty();
      assertThat(fields[1]).startsWith("AM").hasSize(4);
      Map<String, String> byId = new LinkedHashMap<>();
      for (int i = 2; i < fields.length; i++) {
        assertThat(byId.put(fields[i].substring(0, 2), fields[i].substring(2))).isNull();
      }
      assertThat(segments.put(fields[1].substring(2), byId)).as("segment repeated").isNull();
    }
    return new Transmission(header, segments);
  }

  /** Signed overpunch: the last character carries the last digit and the sign. */
  private static long overpunch(String text) {
    char last = text.charAt(text.length() - 1);
    int positive = "{ABCDEFGHI".indexOf(last);
    int negative = "}JKLMNOPQR".indexOf(last);
    assertThat(positive >= 0 || negative >= 0).as("overpunched " + text).isTrue();
    String digits = text.substring(0, text.length() - 1) + (positive >= 0 ? positive : negative);
    long value = Long.parseLong(digits);
    return positive >= 0 ? value : -value;
  }

  private static List<String> lines(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.US_ASCII);
  }

  private static long cents(JsonNode amount) {
    return new BigDecimal(amount.asText()).movePointRight(2).longValueExact();
  }

  @Test
  void overpunchCarriesTheSignInTheLastDigit() {
    assertThat(overpunch("108{")).isEqualTo(1080);
    assertThat(overpunch("123M")).isEqualTo(-1234);
    assertThat(overpunch("{")).isZero();
  }

  @Test
  void eachInsuredPharmacyClaimIsARequestAndAResponseWithItsKeysAndAmounts() throws IOException {
    Path ncpdp = InterchangeRuns.yearOfCare(InterchangeFormats.NCPDP);
    List<JsonNode> claims = new ArrayList<>();
    Map<String, JsonNode> fills = new HashMap<>();
    Path ndjson = InterchangeRuns.yearOfCare(OutputFormat.NDJSON);
    for (String line : Files.readAllLines(ndjson.resolve("events.ndjson"))) {
      for (JsonNode r : InterchangeRuns.JSON.readTree(line).path("outputs")) {
        String type = r.path("record_type").asText();
        if (type.equals("fill")) {
          fills.put(r.path("fill_id").asText(), r);
        } else if (type.equals("claim_pharmacy") && !r.path("status").asText().equals("self_pay")) {
          claims.add(r);
        }
      }
    }
    List<String> requests = lines(ncpdp.resolve("pharmacy-requests.ncpdp"));
    List<String> responses = lines(ncpdp.resolve("pharmacy-responses.ncpdp"));
    assertThat(requests).hasSameSizeAs(claims);
    assertThat(responses).hasSameSizeAs(claims);

    Map<String, Transmission> requestByClaim = new HashMap<>();
    Map<String, Integer> statuses = new HashMap<>();
    for (int i = 0; i < claims.size(); i++) {
      JsonNode c = claims.get(i);
      String code = c.path("transaction_code").asText();
      String status = c.path("status").asText();
      statuses.merge(status, 1, Integer::sum);
      Transmission req = parse(requests.get(i), REQUEST_HEADER);
      Transmission res = parse(responses.get(i), RESPONSE_HEADER);
      requestByClaim.put(c.path("claim_id").asText(), req);
      String date = c.path("fill_date").asText().replace("-", "");
      String npi = c.path("pharmacy_npi").asText();

      // Request header: BIN, version, transaction code, PCN, count, provider, date of service.
      assertThat(req.header().substring(0, 3)).isEqualTo("999");
      assertThat(req.header().substring(6, 10)).isEqualTo("D0" + code);
      assertThat(req.header().substring(20, 23)).isEqualTo("101");
      assertThat(req.header().substring(23, 38).trim()).isEqualTo(npi);
      assertThat(req.header().substring(38, 46)).isEqualTo(date);
      // Claim segment: product and fill; insurance: the pharmacy member.
      JsonNode fill = fills.get(c.path("fill_id").asText());
      assertThat(req.field("07", "D7")).isEqualTo(c.path("ndc").asText());
      assertThat(req.field("07", "D3")).isEqualTo(fill.path("fill_number").asText());
      assertThat(req.field("07", "D2")).matches("[0-9]{12}");
      assertThat(req.field("04", "C2")).isEqualTo(fill.path("rx_member_id").asText());
      if (code.equals("B1")) {
        assertThat(req.field("07", "E7")).isEqualTo(c.path("quantity").asLong() * 1000 + "");
        assertThat(req.field("07", "D5")).isEqualTo(c.path("days_supply").asText());
        assertThat(req.amount("11", "D9")).isEqualTo(cents(c.path("ingredient_cost")));
        assertThat(req.amount("11", "DC")).isEqualTo(cents(c.path("dispensing_fee")));
        assertThat(req.amount("11", "DU")).isEqualTo(cents(c.path("billed")));
        assertThat(req.field("03", "DB")).isEqualTo(c.path("prescriber_npi").asText());
      } else {
        // A reversal names the billing it reverses: prescription, fill, product, date, pharmacy.
        Transmission original = requestByClaim.get(c.path("original_claim_id").asText());
        assertThat(original).as("the reversed billing comes before").isNotNull();
        assertThat(req.segments().get("07"))
            .containsAllEntriesOf(
                Map.of(
                    "D2", original.field("07", "D2"),
                    "D3", original.field("07", "D3"),
                    "D7", original.field("07", "D7")));
        assertThat(req.header().substring(23, 46)).isEqualTo(original.header().substring(23, 46));
        assertThat(req.segments()).doesNotContainKey("11");
      }

      // Response header: version, code, count, accepted, provider, date.
      assertThat(res.header()).isEqualTo("D0" + code + "1A01" + String.format("%-15s", npi) + date);
      assertThat(res.field("22", "D2")).isEqualTo(req.field("07", "D2"));
      switch (status) {
        case "paid" -> {
          assertThat(res.field("21", "AN")).isEqualTo("P");
          assertThat(res.field("21", "F3")).isEqualTo(c.path("claim_id").asText());
          long patientPay = cents(c.path("deductible")) + cents(c.path("copay"));
          assertThat(res.amount("23", "F5")).isEqualTo(patientPay);
          assertThat(res.amount("23", "F9")).isEqualTo(cents(c.path("plan_paid")));
          assertThat(res.amount("23", "FH")).isEqualTo(cents(c.path("deductible")));
          assertThat(res.amount("23", "FI")).isEqualTo(cents(c.path("copay")));
          // Ingredient cost paid + dispensing fee paid - patient pay = total paid.
          assertThat(res.amount("23", "F6") + res.amount("23", "F7") - patientPay)
              .isEqualTo(res.amount("23", "F9"));
        }
        case "rejected" -> {
          assertThat(res.field("21", "AN")).isEqualTo("R");
          assertThat(res.field("21", "FA")).isEqualTo("1");
          assertThat(Integer.parseInt(res.field("21", "FB")))
              .isEqualTo(c.path("reject_code").asInt());
          assertThat(res.segments()).doesNotContainKey("23");
        }
        case "reversed" -> {
          assertThat(res.field("21", "AN")).isEqualTo("A");
          assertThat(res.field("21", "F3")).isEqualTo(c.path("claim_id").asText());
        }
        default -> throw new AssertionError("unexpected status " + status);
      }
    }
    assertThat(statuses.keySet()).isEqualTo(Set.of("paid", "rejected", "reversed"));
  }

  @Test
  void theFilesAreTheSameOnOneAndTwoThreadsAndTheManifestCountsTheirTransmissions()
      throws IOException {
    Path one = InterchangeRuns.yearOfCare(InterchangeFormats.NCPDP, 1);
    Path two = InterchangeRuns.yearOfCare(InterchangeFormats.NCPDP, 2);
    for (String file : List.of("pharmacy-requests.ncpdp", "pharmacy-responses.ncpdp")) {
      assertThat(two.resolve(file)).hasSameBinaryContentAs(one.resolve(file));
    }
    RunManifest manifest = RunManifest.read(one).orElseThrow();
    for (RunManifest.Entry e : manifest.files()) {
      if (e.name().endsWith(".ncpdp")) {
        assertThat(e.rows()).as(e.name()).isEqualTo((long) lines(one.resolve(e.name())).size());
      }
    }
    assertThat(RunManifest.verify(one)).isEmpty();
  }
}
