package org.leadssdk.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.leadssdk.core.internal.Codes;

/**
 * U.S. states, the District of Columbia and territories by USPS code, for addresses and plates.
 * An unknown code fails naming it and the known codes.
 */
public enum UsState implements Coded {
  /** Alabama. */
  AL("Alabama"),
  /** Alaska. */
  AK("Alaska"),
  /** Arizona. */
  AZ("Arizona"),
  /** Arkansas. */
  AR("Arkansas"),
  /** California. */
  CA("California"),
  /** Colorado. */
  CO("Colorado"),
  /** Connecticut. */
  CT("Connecticut"),
  /** Delaware. */
  DE("Delaware"),
  /** District of Columbia. */
  DC("District of Columbia"),
  /** Florida. */
  FL("Florida"),
  /** Georgia. */
  GA("Georgia"),
  /** Hawaii. */
  HI("Hawaii"),
  /** Idaho. */
  ID("Idaho"),
  /** Illinois. */
  IL("Illinois"),
  /** Indiana. */
  IN("Indiana"),
  /** Iowa. */
  IA("Iowa"),
  /** Kansas. */
  KS("Kansas"),
  /** Kentucky. */
  KY("Kentucky"),
  /** Louisiana. */
  LA("Louisiana"),
  /** Maine. */
  ME("Maine"),
  /** Maryland. */
  MD("Maryland"),
  /** Massachusetts. */
  MA("Massachusetts"),
  /** Michigan. */
  MI("Michigan"),
  /** Minnesota. */
  MN("Minnesota"),
  /** Mississippi. */
  MS("Mississippi"),
  /** Missouri. */
  MO("Missouri"),
  /** Montana. */
  MT("Montana"),
  /** Nebraska. */
  NE("Nebraska"),
  /** Nevada. */
  NV("Nevada"),
  /** New Hampshire. */
  NH("New Hampshire"),
  /** New Jersey. */
  NJ("New Jersey"),
  /** New Mexico. */
  NM("New Mexico"),
  /** New York. */
  NY("New York"),
  /** North Carolina. */
  NC("North Carolina"),
  /** North Dakota. */
  ND("North Dakota"),
  /** Ohio. */
  OH("Ohio"),
  /** Oklahoma. */
  OK("Oklahoma"),
  /** Oregon. */
  OR("Oregon"),
  /** Pennsylvania. */
  PA("Pennsylvania"),
  /** Rhode Island. */
  RI("Rhode Island"),
  /** South Carolina. */
  SC("South Carolina"),
  /** South Dakota. */
  SD("South Dakota"),
  /** Tennessee. */
  TN("Tennessee"),
  /** Texas. */
  TX("Texas"),
  /** Utah. */
  UT("Utah"),
  /** Vermont. */
  VT("Vermont"),
  /** Virginia. */
  VA("Virginia"),
  /** Washington. */
  WA("Washington"),
  /** West Virginia. */
  WV("West Virginia"),
  /** Wisconsin. */
  WI("Wisconsin"),
  /** Wyoming. */
  WY("Wyoming"),
  /** American Samoa. */
  AS("American Samoa"),
  /** Guam. */
  GU("Guam"),
  /** Northern Mariana Islands. */
  MP("Northern Mariana Islands"),
  /** Puerto Rico. */
  PR("Puerto Rico"),
  /** U.S. Virgin Islands. */
  VI("U.S. Virgin Islands");

  private static final Codes<UsState> CODES = Codes.of("state", UsState.class);

  private final String displayName;

  UsState(String displayName) {
    this.displayName = displayName;
  }

  /**
   * Returns the state with this USPS code, e.g. {@code "CA"} (case ignored).
   *
   * @throws IllegalArgumentException if the code is unknown
   */
  @JsonCreator
  public static UsState fromCode(String code) {
    return CODES.parse(code);
  }

  /** The USPS code, e.g. "CA". */
  @JsonValue
  @Override
  public String code() {
    return name();
  }

  @Override
  public String displayName() {
    return displayName;
  }
}
