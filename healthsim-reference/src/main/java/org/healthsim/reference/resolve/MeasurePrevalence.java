package org.healthsim.reference.resolve;

/**
 * A PLACES measure for a place: the model-based prevalence among adults (18+), crude and
 * age-adjusted, in percent.
 *
 * @param measure the PLACES measure id, such as {@code DIABETES}
 * @param crude crude prevalence, with its interval when the file has one
 * @param ageAdjusted age-adjusted prevalence, with its interval when the file has one
 */
public record MeasurePrevalence(String measure, ReferenceValue crude, ReferenceValue ageAdjusted) {

  @Override
  public String toString() {
    return measure + " crude " + crude + ", age-adjusted " + ageAdjusted;
  }
}
