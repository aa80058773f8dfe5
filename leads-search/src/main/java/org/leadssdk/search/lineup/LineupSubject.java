package org.leadssdk.search.lineup;

import java.util.List;
import org.leadssdk.core.Alias;
import org.leadssdk.core.CdcNumber;
import org.leadssdk.core.Identifiers;
import org.leadssdk.core.Photo;
import org.leadssdk.core.PhotoKind;
import org.leadssdk.core.internal.Check;

/**
 * The person suspected as the perpetrator, whom a line-up is built around (PC 859.7(a)(7): only one per
 * line-up): a record of the index, or a suspect described by the host (not in the index) with the photo
 * the host's store holds.
 */
public sealed interface LineupSubject permits LineupSubject.InIndex, LineupSubject.Described {

  /** The record with this CDC number; its description, names, identifiers and mugshot are used. */
  static LineupSubject inIndex(CdcNumber cdcNumber) {
    return new InIndex(cdcNumber);
  }

  /**
   * A suspect outside the index.
   *
   * @param description the description fillers are chosen by
   * @param photo the suspect's front photo (a {@link PhotoKind#MUGSHOT}) in the host's photo store
   * @param names the suspect's known names (first may be absent), to keep the suspect's own records out
   * @param identifiers the suspect's known identifiers, to keep the suspect's own records out
   */
  static LineupSubject described(SubjectDescription description, Photo photo, List<Alias> names, Identifiers identifiers) {
    return new Described(description, photo, names, identifiers);
  }

  /**
   * A subject that is a record of the index. Immutable.
   *
   * @param cdcNumber the record's CDC number
   */
  record InIndex(CdcNumber cdcNumber) implements LineupSubject {
    /** Checks for null. */
    public InIndex {
      Check.notNull("subject.cdcNumber", cdcNumber);
    }
  }

  /**
   * A suspect outside the index, described by the host. Immutable.
   *
   * @param description the description fillers are chosen by
   * @param photo the suspect's front photo; must be a {@link PhotoKind#MUGSHOT}
   * @param names the suspect's known names; empty when none are known
   * @param identifiers the suspect's known identifiers; {@link Identifiers#NONE} when none are known
   */
  record Described(SubjectDescription description, Photo photo, List<Alias> names, Identifiers identifiers)
      implements LineupSubject {
    /**
     * Validates the subject.
     *
     * @throws NullPointerException if a part or a name is null
     * @throws IllegalArgumentException if the photo is not a front photo (mugshot)
     */
    public Described {
      Check.notNull("subject.description", description);
      Check.notNull("subject.photo", photo);
      names = Check.copy("subject.names", names);
      Check.notNull("subject.identifiers", identifiers);
      if (photo.kind() != PhotoKind.MUGSHOT) {
        throw new IllegalArgumentException("subject.photo.kind: " + photo.kind().code()
            + " is not a front photo; a line-up shows mugshots (" + PhotoKind.MUGSHOT.code() + ")");
      }
    }
  }
}
