#include "app/diff.h"

#include <algorithm>
#include <charconv>
#include <filesystem>

namespace claimcheck::app {
namespace {

// A header's path as written: "--- a/path\t2024-01-01 ..." -> "a/path". git writes a path with
// unusual bytes as a C string ("b/caf\303\251.txt"): quotes go and escapes (\n, \t, \", \\,
// octal \NNN...) are decoded.
std::string HeaderPath(std::string_view line) {
  line.remove_prefix(4);
  if (line.starts_with('"')) {
    std::string out;
    for (size_t i = 1; i < line.size(); ++i) {
      char c = line[i];
      if (c == '"') return out;
      if (c != '\\' || i + 1 >= line.size()) {
        out += c;
        continue;
      }
      char e = line[++i];
      if (e >= '0' && e <= '7') {
        int v = 0;
        for (int n = 0; n < 3 && i < line.size() && line[i] >= '0' && line[i] <= '7'; ++n, ++i) v = v * 8 + (line[i] - '0');
        --i;
        out += static_cast<char>(v);
        continue;
      }
      switch (e) {
        case 'a': out += '\a'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'v': out += '\v'; break;
        default: out += e;  // \\, \" and anything else stand for themselves
      }
    }
    return out;  // no closing quote: take it as written
  }
  if (size_t tab = line.find('\t'); tab != std::string_view::npos) line = line.substr(0, tab);
  while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
  return std::string(line);
}

bool Exists(const std::string& path) {
  std::error_code ec;
  return std::filesystem::exists(path, ec);
}

// The new file's key from a file section's "---" and "+++" paths (as written), "" for a deleted
// file. git's a/ and b/ prefixes go only when both sides carry them (so a `--no-prefix` diff of a
// folder that is really called "a" or "b" keeps its path), or, when the other side is /dev/null,
// when the path without "b/" exists and the one with it does not.
std::string NewPath(const std::string& old_path, const std::string& new_path) {
  if (new_path == "/dev/null" || new_path.empty()) return "";
  std::string path = new_path;
  if (new_path.starts_with("b/")) {
    bool strip = old_path.starts_with("a/");
    if (!strip && (old_path == "/dev/null" || old_path.empty())) strip = Exists(new_path.substr(2)) || !Exists(new_path);
    if (strip) path = new_path.substr(2);
  }
  return DiffPathKey(path);
}

// Whether a line belongs to a unified diff's structure (not a commit message or prose).
bool DiffStructure(std::string_view line) {
  return line.starts_with("--- ") || line.starts_with("+++ ") || line.starts_with("@@ ") ||
         line.starts_with("diff --git ") || line.starts_with("diff -");
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

namespace {

// A path that lexical normalisation leaves as it is: no empty or "." component, ".." only at the
// start of a relative path, no trailing slash ("a/b.txt", "../corpus/a.txt", "/tmp/a.txt"). Most
// paths a run reads are like this, and std::filesystem's normalisation costs about 10,000
// instructions a call (a few calls per file: read, printed, looked up).
bool AlreadyNormal(std::string_view path) {
  if (path.empty() || path.back() == '/') return false;
  const bool absolute = path.front() == '/';
  bool leading = !absolute;  // still in the leading ".." components
  for (size_t begin = absolute ? 1 : 0; begin <= path.size();) {
    size_t end = std::min(path.find('/', begin), path.size());
    std::string_view part = path.substr(begin, end - begin);
    if (part.empty() || part == "." || (part == ".." && !leading)) return false;
    leading = leading && part == "..";
    begin = end + 1;
  }
  return !leading;  // not ".." alone
}

}  // namespace

std::string DiffPathKey(std::string_view path) {
  if (AlreadyNormal(path)) {
    if (path.front() != '/') return std::string(path);
    // Absolute: relative to the working directory when under it, else as it is.
    std::error_code ec;
    const std::string cwd = std::filesystem::current_path(ec).string();
    if (!ec && !cwd.empty() && (cwd == "/" || AlreadyNormal(cwd))) {
      const std::string prefix = cwd == "/" ? cwd : cwd + "/";
      if (path.starts_with(prefix) && path.size() > prefix.size()) return std::string(path.substr(prefix.size()));
      if (path != cwd) return std::string(path);
    }
  }
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
  std::string file, old_path;
  bool structure = false;
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
    structure = structure || DiffStructure(line);
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
    if (line.starts_with("--- ")) {
      old_path = HeaderPath(line);
    } else if (line.starts_with("+++ ")) {
      file = NewPath(old_path, HeaderPath(line));
      old_path.clear();
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
  // An empty diff (nothing changed) is fine; text with no diff structure at all is a mistake (the
  // wrong file, or a diff command that failed and printed a message).
  if (!structure && text.find_first_not_of(" \t\r\n") != std::string_view::npos) {
    return Status::Error(name + " does not look like a unified diff (no '---', '+++' or '@@' line)", {});
  }
  return out;
}

}  // namespace claimcheck::app
