// Where the documentation of the running claimcheck is: the default of --docs-url.
#ifndef CLAIMCHECK_APP_DOCS_URL_H_
#define CLAIMCHECK_APP_DOCS_URL_H_

#include <string>

namespace claimcheck::app {

// "file:///PREFIX/share/doc/claimcheck" when the running executable is PREFIX/bin/claimcheck and
// that directory holds the check pages (an installed claimcheck: `cmake --install` or the Debian
// package); "" otherwise (a build tree), so no report links to an address that does not exist.
std::string InstalledDocsUrl();

}  // namespace claimcheck::app

#endif  // CLAIMCHECK_APP_DOCS_URL_H_
