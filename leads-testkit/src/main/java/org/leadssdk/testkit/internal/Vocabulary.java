package org.leadssdk.testkit.internal;

import java.util.List;
import org.leadssdk.core.CodeSection;
import org.leadssdk.core.County;
import org.leadssdk.core.RegistrationStatute;
import org.leadssdk.core.UsState;
import org.leadssdk.core.VehicleColor;
import org.leadssdk.core.VehicleStyle;

/**
 * The word lists and tables the generator draws from. The shares are approximate and synthetic: chosen
 * to look like California's parole population, not taken from any record.
 */
final class Vocabulary {
  private Vocabulary() {}

  /** How an offense bears on the registrations of the record. */
  enum Kind {
    /** PC 290 sex offender registration. */
    SEX,
    /** PC 457.1 arson registration. */
    ARSON,
    /** Some records get H&S 11590 narcotics registration. */
    DRUG,
    /** PC 3058.6 violent-offender release notification. */
    VIOLENT,
    /** Neither. */
    OTHER
  }

  /** A commitment offense of the table with its relative frequency. */
  record OffenseEntry(CodeSection section, String description, double weight, Kind kind) {
    OffenseEntry(String section, String description, double weight, Kind kind) {
      this(CodeSection.parse(section), description, weight, kind);
    }

    RegistrationStatute statute() {
      return switch (kind) {
        case SEX -> RegistrationStatute.PC_290;
        case ARSON -> RegistrationStatute.PC_457_1;
        case DRUG -> RegistrationStatute.HS_11590;
        case VIOLENT -> RegistrationStatute.PC_3058_6;
        case OTHER -> throw new IllegalStateException("no statute for " + section);
      };
    }
  }

  static final List<OffenseEntry> OFFENSES = List.of(
      new OffenseEntry("PC 211", "ROBBERY", 10, Kind.VIOLENT),
      new OffenseEntry("PC 459", "BURGLARY", 8, Kind.OTHER),
      new OffenseEntry("PC 460(a)", "FIRST DEGREE RESIDENTIAL BURGLARY", 5, Kind.OTHER),
      new OffenseEntry("HS 11352(a)", "TRANSPORT/SELL CONTROLLED SUBSTANCE", 6, Kind.DRUG),
      new OffenseEntry("HS 11351", "POSSESSION FOR SALE OF CONTROLLED SUBSTANCE", 5, Kind.DRUG),
      new OffenseEntry("HS 11378", "POSSESSION FOR SALE OF METHAMPHETAMINE", 5, Kind.DRUG),
      new OffenseEntry("HS 11379(a)", "TRANSPORT/SELL METHAMPHETAMINE", 3, Kind.DRUG),
      new OffenseEntry("HS 11350(a)", "POSSESSION OF CONTROLLED SUBSTANCE", 2, Kind.OTHER),
      new OffenseEntry("PC 245(a)(1)", "ASSAULT WITH A DEADLY WEAPON", 10, Kind.OTHER),
      new OffenseEntry("PC 245(a)(4)", "ASSAULT WITH FORCE LIKELY TO PRODUCE GREAT BODILY INJURY", 5, Kind.OTHER),
      new OffenseEntry("VC 10851(a)", "VEHICLE THEFT", 7, Kind.OTHER),
      new OffenseEntry("VC 2800.2", "EVADING A PEACE OFFICER WITH RECKLESS DRIVING", 3, Kind.OTHER),
      new OffenseEntry("VC 23153(a)", "DRIVING UNDER THE INFLUENCE CAUSING INJURY", 2, Kind.OTHER),
      new OffenseEntry("PC 273.5(a)", "CORPORAL INJURY ON SPOUSE/COHABITANT", 6, Kind.OTHER),
      new OffenseEntry("PC 288(a)", "LEWD ACT WITH A CHILD UNDER 14", 2, Kind.SEX),
      new OffenseEntry("PC 288.5(a)", "CONTINUOUS SEXUAL ABUSE OF A CHILD", 0.5, Kind.SEX),
      new OffenseEntry("PC 261(a)(2)", "RAPE BY FORCE OR FEAR", 1.5, Kind.SEX),
      new OffenseEntry("PC 311.11(a)", "POSSESSION OF CHILD PORNOGRAPHY", 1, Kind.SEX),
      new OffenseEntry("PC 290.018(b)", "FAILURE TO REGISTER AS A SEX OFFENDER", 1, Kind.SEX),
      new OffenseEntry("PC 187(a)", "MURDER", 2.5, Kind.VIOLENT),
      new OffenseEntry("PC 192(a)", "VOLUNTARY MANSLAUGHTER", 1.5, Kind.VIOLENT),
      new OffenseEntry("PC 207(a)", "KIDNAPPING", 1, Kind.VIOLENT),
      new OffenseEntry("PC 215(a)", "CARJACKING", 2, Kind.VIOLENT),
      new OffenseEntry("PC 246", "SHOOTING AT AN INHABITED DWELLING OR VEHICLE", 1.5, Kind.OTHER),
      new OffenseEntry("PC 646.9(a)", "STALKING", 1, Kind.OTHER),
      new OffenseEntry("PC 422", "CRIMINAL THREATS", 4, Kind.OTHER),
      new OffenseEntry("PC 451(b)", "ARSON OF AN INHABITED STRUCTURE", 0.5, Kind.ARSON),
      new OffenseEntry("PC 451(c)", "ARSON OF A STRUCTURE OR FOREST LAND", 0.5, Kind.ARSON),
      new OffenseEntry("PC 29800(a)(1)", "FELON IN POSSESSION OF A FIREARM", 7, Kind.OTHER),
      new OffenseEntry("PC 30305(a)(1)", "PROHIBITED PERSON IN POSSESSION OF AMMUNITION", 2, Kind.OTHER),
      new OffenseEntry("PC 496(a)", "RECEIVING STOLEN PROPERTY", 4, Kind.OTHER),
      new OffenseEntry("PC 487(a)", "GRAND THEFT", 3, Kind.OTHER),
      new OffenseEntry("PC 470(a)", "FORGERY", 1, Kind.OTHER),
      new OffenseEntry("PC 530.5(a)", "IDENTITY THEFT", 1.5, Kind.OTHER),
      new OffenseEntry("PC 186.22(a)", "PARTICIPATION IN A CRIMINAL STREET GANG", 2, Kind.OTHER),
      new OffenseEntry("PC 69", "RESISTING AN EXECUTIVE OFFICER", 1.5, Kind.OTHER),
      new OffenseEntry("PC 4573", "BRINGING A CONTROLLED SUBSTANCE INTO A JAIL OR PRISON", 0.5, Kind.OTHER));

  static final String[] STREET_NAMES = {
    "OAK", "MAIN", "PINE", "MAPLE", "CEDAR", "ELM", "WALNUT", "WASHINGTON", "LINCOLN", "JEFFERSON", "MADISON",
    "1ST", "2ND", "3RD", "4TH", "5TH", "6TH", "7TH", "8TH", "9TH", "10TH", "12TH", "16TH", "21ST", "24TH",
    "BROADWAY", "MISSION", "SUNSET", "VALLEY VIEW", "LAUREL", "SYCAMORE", "WILLOW", "ACACIA", "EUCALYPTUS",
    "MAGNOLIA", "OLIVE", "ORANGE", "LEMON", "PALM", "VISTA", "SIERRA", "SHASTA", "TAHOE", "MONTEREY",
    "SANTA FE", "SAN PABLO", "EL CAMINO", "ALAMEDA", "HIGHLAND", "LAKESIDE", "RIVERSIDE", "HILLCREST",
    "PARK", "CENTER", "CHURCH", "MARKET", "FRANKLIN", "GRANT", "JACKSON", "MILLER", "ADAMS", "WILSON",
    "CHESTNUT", "POPLAR", "REDWOOD", "MANZANITA", "JUNIPER", "ASPEN", "BIRCH", "COTTONWOOD", "MESA",
    "CANYON", "RANCHO", "DEL MAR", "LA PALMA", "LAS FLORES", "LOS ROBLES", "CAMINO REAL", "PACIFIC",
    "ATLANTIC", "FLORENCE", "VERMONT", "NORMANDIE", "STOCKTON", "FOLSOM", "AUBURN", "FREMONT", "HARBOR"
  };

  static final String[] STREET_SUFFIXES = {
    "ST", "ST", "ST", "AVE", "AVE", "AVE", "BLVD", "DR", "DR", "WAY", "CT", "LN", "RD", "RD", "PL", "CIR"
  };

  /** Tattoo descriptions besides the dragon, whose share is set on its own. */
  static final String[] TATTOOS = {
    "SKULL", "ROSE", "TEARDROP", "SPIDER WEB", "EAGLE", "CROSS", "PRAYING HANDS", "HEART", "STAR", "CLOCK",
    "ANCHOR", "TIGER", "SNAKE", "BUTTERFLY", "LION", "WOLF", "DICE", "MOM", "ROSARY", "SACRED HEART",
    "SKULL AND CROSSBONES", "ROSE WITH THORNS", "BARBED WIRE", "TRIBAL DESIGN", "CLOWN FACE", "PIN-UP GIRL",
    "LADY OF GUADALUPE", "SUN", "MOON AND STARS", "FLAMES", "DOVE", "SCORPION", "PANTHER", "SHARK",
    "FEATHER", "COMPASS", "SWALLOW", "MUSIC NOTES", "DATE IN NUMERALS", "INITIALS",
    "CALIFORNIA", "LOS ANGELES", "SACRAMENTO", "FRESNO", "OAKLAND", "SAN DIEGO", "BAKERSFIELD", "STOCKTON",
    "SAN JOSE", "LONG BEACH", "MODESTO", "MEXICO", "BEAR AND STAR", "AREA CODE 916", "AREA CODE 213"
  };

  static final String[] DRAGON_TATTOOS = {"DRAGON", "RED DRAGON", "DRAGON AND FLAMES", "CHINESE DRAGON"};

  static final String[] TATTOO_SITES = {
    "TAT L ARM", "TAT R ARM", "TAT L ARM", "TAT R ARM", "TAT CHEST", "TAT NECK", "TAT BACK", "TAT FACE",
    "TAT L HND", "TAT R HND", "TAT L LEG", "TAT R LEG", "TAT ABDOM", "TAT FGRS", "TAT L SHLD", "TAT R SHLD"
  };

  static final String[] SCAR_SITES = {
    "SC FACE", "SC L HND", "SC R HND", "SC CHEST", "SC ABDOM", "SC L ARM", "SC R ARM", "SC HEAD", "SC BACK",
    "SC L LEG", "SC R LEG"
  };

  static final String[] SCARS = {
    "LINEAR", "2 IN LINEAR", "SURGICAL", "KNIFE WOUND", "GUNSHOT WOUND", "BURN", "STITCH MARKS", "ROUND"
  };

  static final String[] OTHER_SITES = {"MOLE R CHK", "MOLE L CHK", "MOLE NECK", "PRCD L EAR", "PRCD R EAR", "PRCD NOSE"};

  static final String[] MONIKERS = {
    "SPIDER", "SMOKEY", "SHORTY", "JOKER", "GHOST", "PEANUT", "SLEEPY", "CHATO", "FLACO", "GORDO", "DEVIL",
    "SNIPER", "TINY", "BOXER", "PUPPET", "CUZ", "TRIGGER", "BULLET", "CASPER", "DIABLO", "HUERO", "OSO",
    "PAYASO", "SCRAPPY", "SPANKY", "BUDDHA", "MONSTER", "BLUE", "RED", "DOC", "PREACHER", "SMILEY", "LOCO",
    "DREAMER", "BANDIT", "CHUCKY", "KRAZY", "LUCKY", "SHADOW", "SNOOP"
  };

  static final String[] SPECIAL_CONDITIONS = {
    "NO CONTACT WITH VICTIM OR VICTIM'S FAMILY",
    "DO NOT POSSESS OR HAVE ACCESS TO WEAPONS",
    "NO ALCOHOL; SUBMIT TO ALCOHOL TESTING",
    "PARTICIPATE IN SUBSTANCE ABUSE TREATMENT AS DIRECTED",
    "SUBMIT TO ANTI-NARCOTIC TESTING AS DIRECTED",
    "CURFEW 2200-0600 UNLESS APPROVED BY AGENT OF RECORD",
    "NO ASSOCIATION WITH KNOWN GANG MEMBERS",
    "DO NOT ENTER THE COUNTY OF THE VICTIM WITHOUT APPROVAL",
    "ATTEND ANGER MANAGEMENT PROGRAM",
    "PARTICIPATE IN DOMESTIC VIOLENCE PROGRAM",
    "MAINTAIN EMPLOYMENT OR ATTEND SCHOOL",
    "ELECTRONIC MONITORING AS DIRECTED"
  };

  static final String[] SEX_OFFENDER_CONDITIONS = {
    "GPS MONITORING",
    "NO CONTACT WITH MINORS WITHOUT APPROVED ADULT PRESENT",
    "DO NOT RESIDE WITHIN 2000 FEET OF A SCHOOL OR PARK",
    "PARTICIPATE IN SEX OFFENDER TREATMENT PROGRAM",
    "NO POSSESSION OF PORNOGRAPHIC MATERIAL"
  };

  /** Make, model, body style, first and last model year. */
  record VehicleModel(String make, String model, VehicleStyle style, int firstYear, int lastYear, double weight) {}

  static final List<VehicleModel> VEHICLES = List.of(
      new VehicleModel("TOYOTA", "CAMRY", VehicleStyle.FOUR_DOOR, 1995, 2026, 9),
      new VehicleModel("TOYOTA", "COROLLA", VehicleStyle.FOUR_DOOR, 1995, 2026, 8),
      new VehicleModel("HONDA", "CIVIC", VehicleStyle.FOUR_DOOR, 1995, 2026, 9),
      new VehicleModel("HONDA", "ACCORD", VehicleStyle.FOUR_DOOR, 1995, 2026, 8),
      new VehicleModel("FORD", "F150", VehicleStyle.PICKUP, 1995, 2026, 7),
      new VehicleModel("CHEVROLET", "SILVERADO", VehicleStyle.PICKUP, 1999, 2026, 6),
      new VehicleModel("NISSAN", "ALTIMA", VehicleStyle.FOUR_DOOR, 1998, 2026, 6),
      new VehicleModel("NISSAN", "SENTRA", VehicleStyle.FOUR_DOOR, 1995, 2026, 4),
      new VehicleModel("DODGE", "CHARGER", VehicleStyle.FOUR_DOOR, 2006, 2023, 4),
      new VehicleModel("FORD", "MUSTANG", VehicleStyle.TWO_DOOR, 1995, 2026, 3),
      new VehicleModel("CHEVROLET", "IMPALA", VehicleStyle.FOUR_DOOR, 2000, 2020, 4),
      new VehicleModel("CHEVROLET", "MALIBU", VehicleStyle.FOUR_DOOR, 1997, 2025, 3),
      new VehicleModel("HONDA", "CR-V", VehicleStyle.SPORT_UTILITY, 1997, 2026, 4),
      new VehicleModel("TOYOTA", "TACOMA", VehicleStyle.PICKUP, 1995, 2026, 5),
      new VehicleModel("TOYOTA", "PRIUS", VehicleStyle.HATCHBACK, 2001, 2026, 3),
      new VehicleModel("JEEP", "GRAND CHEROKEE", VehicleStyle.SPORT_UTILITY, 1995, 2026, 3),
      new VehicleModel("CHRYSLER", "300", VehicleStyle.FOUR_DOOR, 2005, 2023, 2),
      new VehicleModel("DODGE", "RAM 1500", VehicleStyle.PICKUP, 1995, 2026, 4),
      new VehicleModel("HYUNDAI", "ELANTRA", VehicleStyle.FOUR_DOOR, 2001, 2026, 3),
      new VehicleModel("KIA", "OPTIMA", VehicleStyle.FOUR_DOOR, 2001, 2020, 2),
      new VehicleModel("GMC", "SIERRA", VehicleStyle.PICKUP, 1999, 2026, 2),
      new VehicleModel("FORD", "EXPLORER", VehicleStyle.SPORT_UTILITY, 1995, 2026, 3),
      new VehicleModel("HONDA", "ODYSSEY", VehicleStyle.VAN, 1999, 2026, 2),
      new VehicleModel("CHEVROLET", "TAHOE", VehicleStyle.SPORT_UTILITY, 1995, 2026, 2),
      new VehicleModel("CHEVROLET", "EXPRESS", VehicleStyle.VAN, 1996, 2026, 1),
      new VehicleModel("BMW", "328I", VehicleStyle.FOUR_DOOR, 1996, 2016, 2),
      new VehicleModel("MERCEDES-BENZ", "C300", VehicleStyle.FOUR_DOOR, 2008, 2026, 1),
      new VehicleModel("VOLKSWAGEN", "JETTA", VehicleStyle.FOUR_DOOR, 1995, 2026, 2),
      new VehicleModel("CHEVROLET", "CAMARO", VehicleStyle.TWO_DOOR, 1995, 2024, 1),
      new VehicleModel("FORD", "RANGER", VehicleStyle.PICKUP, 1995, 2026, 2),
      new VehicleModel("HARLEY-DAVIDSON", "SPORTSTER", VehicleStyle.MOTORCYCLE, 1995, 2026, 1),
      new VehicleModel("FREIGHTLINER", "CASCADIA", VehicleStyle.TRUCK, 2008, 2026, 0.3));

  static final VehicleColor[] VEHICLE_COLORS = {
    VehicleColor.WHITE, VehicleColor.WHITE, VehicleColor.WHITE, VehicleColor.BLACK, VehicleColor.BLACK,
    VehicleColor.BLACK, VehicleColor.SILVER, VehicleColor.SILVER, VehicleColor.GRAY, VehicleColor.GRAY,
    VehicleColor.BLUE, VehicleColor.BLUE, VehicleColor.RED, VehicleColor.RED, VehicleColor.GREEN,
    VehicleColor.MAROON, VehicleColor.GOLD, VehicleColor.TAN, VehicleColor.BEIGE, VehicleColor.BROWN,
    VehicleColor.ORANGE, VehicleColor.YELLOW
  };

  /** Out-of-state plates: state and pattern (L a letter, D a digit). */
  static final UsState[] PLATE_STATES = {UsState.NV, UsState.AZ, UsState.OR, UsState.TX, UsState.WA, UsState.NY};

  static final String[] PLATE_PATTERNS = {"DDDLDD", "LLLDDDD", "DDDLLL", "LLLDDDD", "LLLDDDD", "LLLDDDD"};

  static final String[] BIRTH_STATES = {"TX", "AZ", "NV", "NY", "IL", "OR", "WA", "FL", "MI", "OH", "LA", "GA"};

  static final String[] BIRTH_COUNTRIES = {"EL SALVADOR", "GUATEMALA", "HONDURAS", "PHILIPPINES", "VIETNAM", "CAMBODIA"};

  static final String[] SUFFIXES = {"JR", "JR", "JR", "SR", "II", "III"};

  /**
   * Area codes of the county seats (Caltrans county order, as {@link County#values()}), used for the
   * fictional 555-01xx numbers of units and agents.
   */
  private static final int[] AREA_CODES = {
    510, 530, 209, 530, 209, 530, 925, 707, 530, 559, 530, 707, 760, 760, 661, 559, 707, 530, 213, 559, 415,
    209, 707, 209, 530, 760, 831, 707, 530, 714, 916, 530, 951, 916, 831, 909, 619, 415, 209, 805, 650, 805,
    408, 831, 530, 530, 530, 707, 707, 209, 530, 530, 530, 559, 209, 805, 530, 530
  };

  static int areaCode(County county) {
    return AREA_CODES[county.ordinal()];
  }

  static {
    if (AREA_CODES.length != County.values().length) {
      throw new IllegalStateException("area code table has " + AREA_CODES.length + " entries for "
          + County.values().length + " counties");
    }
  }
}
