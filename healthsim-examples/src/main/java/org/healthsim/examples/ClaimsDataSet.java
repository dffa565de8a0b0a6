package org.healthsim.examples;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.healthsim.core.reader.SpecReader;
import org.healthsim.core.spec.JourneySpecification;
import org.healthsim.generation.HealthSim;
import org.healthsim.generation.RunSummary;
import org.healthsim.generation.cohort.EntityTimelines;
import org.healthsim.generation.output.OutputFormat;
import org.healthsim.generation.template.JourneyTemplates;

/**
 * A claims data set: 10,000 Medicare members with type 2 diabetes and a year of diabetic care
 * (visits, labs, prescriptions, and the claims and fills the triggers bill for them) plus a year of
 * routine claims (quarterly visits with an A1C test, monthly metformin refills; the journey {@code
 * diabetic-claims-year.json} beside this class) written to a DuckDB database, then a few SQL
 * aggregates over it: claims per member, paid per month, top diagnoses.
 *
 * <pre>
 * java -cp healthsim-examples/target/healthsim.jar org.healthsim.examples.ClaimsDataSet [OUT DIR (default out/claims-dataset)]
 * </pre>
 *
 * Open the database afterwards with the DuckDB CLI ({@code duckdb
 * out/claims-dataset/healthsim.duckdb}) or any JDBC tool; docs/output-schema.md lists its tables.
 */
public final class ClaimsDataSet {

  private ClaimsDataSet() {}

  /** Generates the data set and prints the aggregates. */
  public static void main(String[] args) throws Exception {
    // Its own directory: out/claims is the command line's in getting-started, which this would
    // replace (and the command line would then refuse it, as it holds no manifest).
    Path out = ReferenceFiles.arg(args, 0, Path.of("out", "claims-dataset"));
    long seed = 42;
    LocalDate start = LocalDate.of(2025, 1, 1);
    List<JourneySpecification> journeys =
        List.of(JourneyTemplates.getJourneyTemplate("diabetic-first-year"), routineClaims());
    RunSummary run =
        HealthSim.cohort("medicare-diabetic")
            .journeys(journeys.toArray(JourneySpecification[]::new))
            .seed(seed)
            .count(10_000)
            .period(start, EntityTimelines.defaultUntil(start, journeys))
            .overwrite(true)
            .writeTo(OutputFormat.DUCKDB, out);
    Path db = out.resolve(OutputFormat.DATABASE);
    System.out.printf(
        "seed %d: %,d members of medicare-diabetic, %,d events of diabetic-first-year and"
            + " diabetic-claims-year in %s%n",
        run.seed(), run.members(), run.events(), db);
    try (Connection conn = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath())) {
      print(
          conn,
          "claims per member",
          "WITH c AS (SELECT member_id FROM claim UNION ALL SELECT member_id FROM pharmacy_claim),"
              + " per AS (SELECT member_id, count(*) AS n FROM c GROUP BY member_id)"
              + " SELECT round(avg(n), 1) AS mean, min(n) AS min, median(n) AS median, max(n) AS max,"
              + " count(*) AS members_with_claims FROM per");
      print(
          conn,
          "paid per month (plan payments, dollars)",
          "WITH paid AS (SELECT service_date AS day, paid FROM claim"
              + " UNION ALL SELECT fill_date, plan_paid FROM pharmacy_claim)"
              + " SELECT strftime(day, '%Y-%m') AS month, count(*) AS claims, sum(paid) AS paid"
              + " FROM paid GROUP BY month ORDER BY month");
      print(
          conn,
          "top diagnoses on claims",
          "WITH codes AS (SELECT unnest(diagnosis_codes) AS icd10 FROM claim),"
              + " names AS (SELECT code AS icd10, any_value(description) AS description"
              + " FROM entity_condition GROUP BY code)"
              + " SELECT icd10, description, count(*) AS claims FROM codes LEFT JOIN names"
              + " USING (icd10) GROUP BY icd10, description ORDER BY claims DESC, icd10 LIMIT 5");
    }
  }

  /**
   * The journey of quarterly visit claims and monthly refill claims, a resource beside this class.
   */
  static JourneySpecification routineClaims() throws java.io.IOException {
    try (var in = ClaimsDataSet.class.getResourceAsStream("diabetic-claims-year.json")) {
      return SpecReader.journeyFromString(
          new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8),
          "diabetic-claims-year.json");
    }
  }

  private static void print(Connection conn, String title, String sql) throws SQLException {
    System.out.println(title + ":");
    try (Statement s = conn.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      int n = r.getMetaData().getColumnCount();
      StringBuilder header = new StringBuilder("  ");
      for (int i = 1; i <= n; i++) {
        header.append(String.format(i < n ? "%-16s " : "%s", r.getMetaData().getColumnLabel(i)));
      }
      System.out.println(header.toString().stripTrailing());
      while (r.next()) {
        StringBuilder row = new StringBuilder("  ");
        for (int i = 1; i <= n; i++) {
          String cell = r.getString(i);
          row.append(String.format(i < n ? "%-16s " : "%s", cell == null ? "" : cell));
        }
        System.out.println(row.toString().stripTrailing());
      }
    }
  }
}
