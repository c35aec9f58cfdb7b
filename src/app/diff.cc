#include "app/diff.h"

#include <charconv>
#include <filesystem>

namespace claimcheck::app {
namespace {

// "+++ b/path\t2024-01-01 ..." -> "path"
std::string NewPath(std::string_view line) {
  line.remove_prefix(4);
  if (size_t tab = line.find('\t'); tab != std::string_view::npos) line = line.substr(0, tab);
  while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
  if (line.size() >= 2 && line.front() == '"' && line.back() == '"') line = line.substr(1, line.size() - 2);
  if (line == "/dev/null") return "";
  if (line.starts_with("b/") || line.starts_with("a/")) line.remove_prefix(2);
  return DiffPathKey(line);
}

// "12,3" or "12" -> start, count.
bool ParseRange(std::string_view s, int* start, int* count) {
  size_t comma = s.find(',');
  std::string_view a = s.substr(0, comma);
  if (std::from_chars(a.data(), a.data() + a.size(), *start).ec != std::errc()) return false;
  *count = 1;
  if (comma != std::string_view::npos) {
    std::string_view b = s.substr(comma + 1);
    auto r = std::from_chars(b.data(), b.data() + b.size(), *count);
    if (r.ec != std::errc() || r.ptr != b.data() + b.size()) return false;
  }
  return true;
}

}  // namespace

std::string DiffPathKey(std::string_view path) {
  std::filesystem::path fp(path);
  // An absolute path under the working directory is keyed like the relative one a diff uses.
  if (fp.is_absolute()) {
    std::error_code ec;
    std::filesystem::path rel = fp.lexically_normal().lexically_relative(std::filesystem::current_path(ec));
    if (!ec && !rel.empty() && *rel.begin() != "..") fp = rel;
  }
  std::string p = fp.lexically_normal().string();
  while (p.starts_with("./")) p.erase(0, 2);
  return p;
}

Result<ChangedLines> ParseUnifiedDiff(std::string_view text, const std::string& name) {
  ChangedLines out;
  std::string file;
  bool have_file = false;
  int new_line = 0, old_left = 0, new_left = 0;
  int line_no = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    std::string_view line = text.substr(pos, eol - pos);
    pos = eol + 1;
    ++line_no;
    if (old_left > 0 || new_left > 0) {  // inside a hunk
      char c = line.empty() ? ' ' : line[0];
      if (c == '+') {
        if (have_file) out[file].insert(new_line);
        ++new_line;
        --new_left;
      } else if (c == '-') {
        --old_left;
      } else if (c == ' ' || line.empty() || line == "\r") {
        ++new_line;
        --new_left;
        --old_left;
      } else if (c == '\\') {
        // "\ No newline at end of file"
      } else {
        return Status::Error("unexpected line inside a hunk", {name, line_no, 1}, std::string(line));
      }
      continue;
    }
    if (line.starts_with("+++ ")) {
      file = NewPath(line);
      have_file = !file.empty();
      if (have_file) out[file];  // a file in the diff with no added line still counts as seen
    } else if (line.starts_with("@@ ")) {
      // @@ -old[,n] +new[,n] @@
      size_t minus = line.find('-'), plus = line.find(" +");
      size_t end = plus == std::string_view::npos ? plus : line.find(' ', plus + 2);
      int old_start = 0, new_start = 0;
      if (minus == std::string_view::npos || plus == std::string_view::npos || end == std::string_view::npos ||
          !ParseRange(line.substr(minus + 1, plus - minus - 1), &old_start, &old_left) ||
          !ParseRange(line.substr(plus + 2, end - plus - 2), &new_start, &new_left)) {
        return Status::Error("malformed hunk header", {name, line_no, 1}, std::string(line));
      }
      new_line = new_start;
    }
  }
  return out;
}

}  // namespace claimcheck::app
