// GitHub Actions workflow commands, one per finding:
//   ::warning file=PATH,line=L,col=C,endLine=L,endColumn=C,title=claimcheck CHECK::MESSAGE
// error/warning/notice by severity. Columns count code points and endColumn is exclusive; GitHub
// uses columns only when a finding starts and ends on one line, so endColumn is left out otherwise.
// Escaping is exactly that of @actions/core (command.js): in the message '%', '\r', '\n'; in
// property values also ':' and ','. A fix and the other side of a conflict go into the message.
#include "report/reporter.h"

namespace claimcheck::report {
namespace {

std::string EscapeData(std::string_view s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '%': out += "%25"; break;
      case '\r': out += "%0D"; break;
      case '\n': out += "%0A"; break;
      default: out += c;
    }
  }
  return out;
}

std::string EscapeProperty(std::string_view s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '%': out += "%25"; break;
      case '\r': out += "%0D"; break;
      case '\n': out += "%0A"; break;
      case ':': out += "%3A"; break;
      case ',': out += "%2C"; break;
      default: out += c;
    }
  }
  return out;
}

std::string_view Command(Severity s) {
  switch (s) {
    case Severity::kError: return "error";
    case Severity::kWarning: return "warning";
    case Severity::kInfo: return "notice";
  }
  return "warning";
}

class GithubReporter : public Reporter {
 public:
  void Write(const RunResult& run, const ReportOptions&, std::ostream& out) const override {
    for (const auto& f : run.findings) {
      Place p = Locate(run, f.where);
      std::string message = f.message;
      if (f.fix) message += " (fix: \"" + f.fix->text + "\")";
      for (const auto& r : f.related) {
        Place q = Locate(run, r.where);
        message += "\n" + q.path + ":" + std::to_string(q.start.line) + ":" + std::to_string(q.start.column) +
                   ": note: " + r.message;
      }
      out << "::" << Command(f.severity) << " file=" << EscapeProperty(p.path) << ",line=" << p.start.line
          << ",col=" << p.start.column << ",endLine=" << p.end.line;
      if (p.end.line == p.start.line) out << ",endColumn=" << p.end.column;
      out << ",title=" << EscapeProperty("claimcheck " + f.check) << "::" << EscapeData(message) << "\n";
    }
  }
};

}  // namespace

std::unique_ptr<Reporter> NewGithubReporter() { return std::make_unique<GithubReporter>(); }

}  // namespace claimcheck::report
