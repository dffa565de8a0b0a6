package org.healthsim.generation.internal.care;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.commons.rng.UniformRandomProvider;
import org.healthsim.core.spec.JourneySpecification;
import org.healthsim.core.validation.Problems;
import org.healthsim.generation.journey.JourneyEngine;
import org.healthsim.generation.journey.JourneyPlanner;
import org.healthsim.generation.journey.PlanRequest;

/**
 * The {@code year-of-care} planner: for each entity, the baseline of its age, sex and line of
 * business plus the care programs of the conditions it has, year by year over the window (see
 * docs/year-of-care.md).
 *
 * <p>Journey options (its {@code parameters}): {@code programs}, the program ids to apply (default
 * every program); {@code baseline}, whether to add the baseline care (default true).
 */
public final class YearOfCarePlanner implements JourneyPlanner {

  /** The name journeys give in {@code planner}. */
  public static final String NAME = "year-of-care";

  private final CareCatalog catalog;
  private final Baseline baseline;

  /** The planner over the built-in programs and baseline. */
  public YearOfCarePlanner() {
    this(CareCatalog.builtIn());
  }

  YearOfCarePlanner(CareCatalog catalog) {
    this.catalog = catalog;
    this.baseline = new Baseline(catalog.baseline());
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void check(JourneySpecification journey, Problems problems) {
    Object programs = journey.parameters().get("programs");
    if (programs != null) {
      if (!(programs instanceof List)) {
        problems.add("parameters.programs", programs, "must be a list of program ids");
      } else {
        List<String> known = catalog.programs().stream().map(CareProgram::id).toList();
        List<?> list = (List<?>) programs;
        for (int i = 0; i < list.size(); i++) {
          if (!known.contains(String.valueOf(list.get(i)))) {
            problems.add(
                "parameters.programs[" + i + "]",
                list.get(i),
                "unknown care program (known: " + String.join(", ", known) + ")");
          }
        }
      }
    }
    Object base = journey.parameters().get("baseline");
    if (base != null && !(base instanceof Boolean)) {
      problems.add("parameters.baseline", base, "must be true or false");
    }
    for (String key : journey.parameters().keySet()) {
      if (!key.equals("programs") && !key.equals("baseline")) {
        problems.add("parameters." + key, "unknown option of the year-of-care planner");
      }
    }
  }

  @Override
  public Set<String> followUpTypes(String eventId) {
    if (eventId.endsWith("/order")) {
      return eventId.startsWith("lab/") ? Set.of("lab_result") : Set.of("fill");
    }
    return Set.of();
  }

  @Override
  public void plan(PlanRequest request) {
    CareSubject subject = CareSubject.of(request.entity());
    List<CareProgram> programs = programs(request.journey(), subject);
    boolean withBaseline = !Boolean.FALSE.equals(request.journey().parameters().get("baseline"));
    UniformRandomProvider entityRng = request.rng("frailty");
    double frailty = Draws.gamma(entityRng, baseline.number("frailty_shape"));
    CarePlan plan = new CarePlan(request, subject, programs, baseline, frailty, withBaseline);
    plan.enrolment();
    int year = JourneyEngine.PLANNED_YEAR_DAYS;
    long years = ChronoUnit.DAYS.between(request.start(), request.end()) / year;
    for (int y = 0; y < years && plan.alive(); y++) {
      LocalDate from = request.start().plusDays((long) year * y);
      plan.year(y, from, from.plusDays(year));
    }
  }

  /** The programs of the entity's conditions that the journey applies, each once. */
  List<CareProgram> programs(JourneySpecification journey, CareSubject subject) {
    Object wanted = journey.parameters().get("programs");
    List<CareProgram> out = new ArrayList<>();
    for (String code : subject.conditions().keySet()) {
      catalog
          .programFor(code)
          .filter(p -> wanted == null || ((List<?>) wanted).contains(p.id()))
          .filter(p -> !out.contains(p))
          .ifPresent(out::add);
    }
    return out;
  }
}
