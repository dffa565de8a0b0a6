package org.healthsim.generation.internal.adjudication;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.healthsim.generation.internal.providers.CsvLine;

/** Denial reasons ({@code denial-reasons.csv}) and pharmacy reject codes, drawn by their shares. */
final class Reasons {

  /** A denial reason. */
  record Denial(String carc, String rarc, String category, double share, double resubmitShare) {}

  /** A pharmacy reject code. */
  record Reject(String code, String description, double share) {}

  static final List<Denial> DENIALS = denials();
  static final List<Reject> REJECTS = rejects();

  private Reasons() {}

  static Denial denial(UniformRandomProvider rng) {
    double u = rng.nextDouble();
    for (Denial d : DENIALS) {
      u -= d.share();
      if (u < 0) {
        return d;
      }
    }
    return DENIALS.get(DENIALS.size() - 1);
  }

  static Reject reject(UniformRandomProvider rng) {
    double u = rng.nextDouble();
    for (Reject r : REJECTS) {
      u -= r.share();
      if (u < 0) {
        return r;
      }
    }
    return REJECTS.get(REJECTS.size() - 1);
  }

  private static List<Denial> denials() {
    List<Denial> list = new ArrayList<>();
    for (List<String> r :
        CsvLine.rows(
            Reasons.class,
            "denial-reasons.csv",
            "carc,rarc,category,description,share,resubmit_share")) {
      list.add(
          new Denial(
              r.get(0),
              r.get(1),
              r.get(2),
              Double.parseDouble(r.get(4)),
              Double.parseDouble(r.get(5))));
    }
    checkShares("denial-reasons.csv", list.stream().mapToDouble(Denial::share).sum());
    return List.copyOf(list);
  }

  private static List<Reject> rejects() {
    List<Reject> list = new ArrayList<>();
    for (List<String> r :
        CsvLine.rows(Reasons.class, "ncpdp-reject-codes.csv", "code,description,share")) {
      list.add(new Reject(r.get(0), r.get(1), Double.parseDouble(r.get(2))));
    }
    checkShares("ncpdp-reject-codes.csv", list.stream().mapToDouble(Reject::share).sum());
    return List.copyOf(list);
  }

  private static void checkShares(String resource, double sum) {
    if (Math.abs(sum - 1) > 1e-9) {
      throw new IllegalStateException(resource + ": shares sum to " + sum + ", not 1");
    }
  }
}
