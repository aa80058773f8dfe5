/**
 * LEADS SDK policy: who may ask (Parole LEADS 2.0 access, DOM 53060.7 ALPR access), what may be shown
 * (retention and visibility, field redaction) and the tamper-evident audit trail.
 */
@org.jspecify.annotations.NullMarked
module org.leadssdk.policy {
  requires transitive org.leadssdk.core;
  requires com.fasterxml.jackson.databind;
  requires static org.jspecify;

  exports org.leadssdk.policy;
  exports org.leadssdk.policy.audit;

  opens org.leadssdk.policy.audit to
      com.fasterxml.jackson.databind;
}
