// The attack suite: Paperboy's production build attacked as an outsider would, failing if a hole found in
// the outside probe of issue 10 comes back. Each area lives in its own module under e2e/security/ (they
// declare their tests when imported here); README.md's "Security" section says what each one checks.
import "./security/auth";
import "./security/integrity";
import "./security/net";
import "./security/load";
