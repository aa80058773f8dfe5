package org.leadssdk.search.lineup;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.jspecify.annotations.Nullable;
import org.leadssdk.core.internal.Check;

/**
 * How the subject compares with the fillers in one measured attribute (age, height or weight), so that a
 * reviewer sees whether the subject's photo would "unduly stand out" (PC 859.7(a)(5)). Immutable.
 *
 * <p>A subject far from the fillers' mean (say more than two standard deviations), or outside their range,
 * stands out in that attribute even though every filler fits its band.
 *
 * @param attribute {@link Band#AGE} (years), {@link Band#HEIGHT} (inches) or {@link Band#WEIGHT} (pounds)
 * @param subjectValue the subject's value
 * @param fillerMin the smallest filler value
 * @param fillerMax the largest filler value
 * @param fillerMean the fillers' mean
 * @param fillerStandardDeviation the fillers' population standard deviation
 * @param standardDeviationsFromMean {@code (subjectValue - fillerMean) / fillerStandardDeviation}; 0 when
 *     every filler has the subject's value; {@code null} when every filler has the same value and the
 *     subject another (the distance is unbounded: look at {@link #outsideFillerRange()})
 */
@JsonPropertyOrder({"attribute", "subjectValue", "fillerMin", "fillerMax", "fillerMean", "fillerStandardDeviation",
    "standardDeviationsFromMean"})
public record AttributeSpread(
    Band attribute,
    int subjectValue,
    int fillerMin,
    int fillerMax,
    double fillerMean,
    double fillerStandardDeviation,
    @Nullable Double standardDeviationsFromMean) {

  /**
   * Validates the figures.
   *
   * @throws IllegalArgumentException if the attribute is not measured, the range is reversed, the mean is
   *     outside the range, or the deviation is negative or not finite
   */
  public AttributeSpread {
    Check.notNull("spread.attribute", attribute);
    Check.argument(attribute == Band.AGE || attribute == Band.HEIGHT || attribute == Band.WEIGHT,
        () -> "spread.attribute must be AGE, HEIGHT or WEIGHT, got " + attribute);
    Check.argument(fillerMin <= fillerMax,
        () -> "spread.fillerMin must be <= fillerMax, got " + fillerMin + " > " + fillerMax);
    Check.inRange("spread.fillerMean", fillerMean, fillerMin, fillerMax);
    Check.inRange("spread.fillerStandardDeviation", fillerStandardDeviation, 0.0, Double.MAX_VALUE);
    if (standardDeviationsFromMean != null) {
      Check.inRange("spread.standardDeviationsFromMean", standardDeviationsFromMean, -Double.MAX_VALUE,
          Double.MAX_VALUE);
    }
  }

  /**
   * The spread of the subject's value against the filler values.
   *
   * @throws IllegalArgumentException if there are no filler values
   */
  public static AttributeSpread of(Band attribute, int subjectValue, int[] fillerValues) {
    Check.notNull("fillerValues", fillerValues);
    Check.argument(fillerValues.length > 0, () -> "fillerValues must not be empty");
    int min = Integer.MAX_VALUE;
    int max = Integer.MIN_VALUE;
    double sum = 0;
    for (int v : fillerValues) {
      min = Math.min(min, v);
      max = Math.max(max, v);
      sum += v;
    }
    double mean = sum / fillerValues.length;
    double squares = 0;
    for (int v : fillerValues) {
      squares += (v - mean) * (v - mean);
    }
    double sd = Math.sqrt(squares / fillerValues.length);
    // Rounding can put the mean a hair outside [min, max] when all values are equal.
    mean = Math.min(max, Math.max(min, mean));
    Double z;
    if (sd > 0) {
      z = (subjectValue - mean) / sd;
    } else {
      z = subjectValue == min ? 0.0 : null;
    }
    return new AttributeSpread(attribute, subjectValue, min, max, mean, sd, z);
  }

  /** Whether the subject's value lies outside the fillers' range. */
  public boolean outsideFillerRange() {
    return subjectValue < fillerMin || subjectValue > fillerMax;
  }
}
