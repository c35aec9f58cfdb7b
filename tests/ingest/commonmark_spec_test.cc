// The CommonMark spec's own examples (0.30, the version md4c 0.4.8 implements), read from the copy
// Debian ships with goldmark's sources (golang-github-yuin-goldmark-dev, installed by
// `CLAIMCHECK_SETUP_TESTS=1 scripts/setup`; CLAIMCHECK_COMMONMARK_SPEC names another copy).
// For each example the spec's expected HTML says which words are code and which are the text of
// a paragraph, heading, list item or table cell. What the Markdown scan leaves visible (the input
// with its hidden ranges blanked, which is all the prose checks read) must hold every word of that
// text, and no word that only code holds.
#include <cstdlib>
#include <fstream>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "ingest/document.h"

namespace claimcheck::ingest {
namespace {

const char* kDebianSpec = "/usr/share/gocode/src/github.com/yuin/goldmark/_test/spec.json";

bool IsWordByte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// ASCII words of three or more letters and digits.
void AddWords(std::string_view text, std::set<std::string>* out) {
  size_t i = 0;
  while (i < text.size()) {
    if (!IsWordByte(text[i])) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < text.size() && IsWordByte(text[j])) ++j;
    if (j - i >= 3) out->insert(std::string(text.substr(i, j - i)));
    i = j;
  }
}

// An HTML text node with its entities decoded: &amp; and &quot; (which CommonMark's HTML writes
// for & and "), ASCII letters and digits; any other reference becomes a space, so it never reads
// as a word ("&ouml;" is not "ouml").
std::string DecodeText(std::string_view html) {
  std::string out;
  for (size_t i = 0; i < html.size(); ++i) {
    if (html[i] != '&') {
      out += html[i];
      continue;
    }
    const size_t semi = html.find(';', i);
    if (semi == std::string_view::npos || semi - i > 32) {
      out += '&';
      continue;
    }
    std::string_view ref = html.substr(i + 1, semi - i - 1);
    char c = ' ';
    if (!ref.empty() && ref[0] == '#') {
      const bool hex = ref.size() > 1 && (ref[1] == 'x' || ref[1] == 'X');
      const long v = std::strtol(std::string(ref.substr(hex ? 2 : 1)).c_str(), nullptr, hex ? 16 : 10);
      if (v > 0 && v < 128 && IsWordByte(static_cast<char>(v))) c = static_cast<char>(v);
    } else if (ref == "amp") {
      c = '&';
    } else if (ref == "quot") {
      c = '"';
    }
    out += c;
    i = semi;
  }
  return out;
}

// What the spec's HTML says: the words of code (code spans and blocks), the words of prose (text
// in p, h1-h6 or li, outside code, autolinks and any raw HTML element), and every other word
// (tags, attributes, raw HTML, text outside blocks).
struct Expected {
  std::set<std::string> code, prose, other;
};

Expected ReadHtml(std::string_view html) {
  // The elements CommonMark writes (the spec has no GFM tables: a <table> there is raw HTML).
  static const std::set<std::string> kProse = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li"};
  static const std::set<std::string> kMarkdown = {"ul", "ol", "blockquote", "em", "strong", "a", "img",
                                                  "hr", "br", "pre"};
  Expected e;
  int prose = 0, code = 0, raw = 0;
  std::string href;  // of the last <a> opened
  size_t i = 0;
  while (i < html.size()) {
    if (html[i] == '<') {
      // A tag ends at the first '>' outside a quoted attribute value.
      size_t end = i + 1;
      for (char quote = 0; end < html.size() && (quote || html[end] != '>'); ++end) {
        if (quote ? html[end] == quote : (html[end] == '"' || html[end] == '\'')) quote = quote ? 0 : html[end];
      }
      if (end >= html.size()) break;
      std::string_view tag = html.substr(i + 1, end - i - 1);
      AddWords(tag, &e.other);
      const bool closing = !tag.empty() && tag[0] == '/';
      if (closing) tag.remove_prefix(1);
      size_t n = 0;
      while (n < tag.size() && IsWordByte(tag[n])) ++n;
      const std::string name(tag.substr(0, n));
      const bool self_closing = tag.ends_with("/") || name == "br" || name == "hr" || name == "img" || name == "input";
      const int step = closing ? -1 : (self_closing ? 0 : 1);
      if (name == "a" && !closing) {
        const size_t h = tag.find("href=\"");
        href = h == std::string_view::npos ? "" : std::string(tag.substr(h + 6, tag.find('"', h + 6) - h - 6));
      }
      if (kProse.count(name)) {
        prose += step;
      } else if (name == "code") {
        code += step;
      } else if (!kMarkdown.count(name)) {
        raw += step;
      }
      prose = std::max(prose, 0);
      code = std::max(code, 0);
      raw = std::max(raw, 0);
      i = end + 1;
      continue;
    }
    size_t j = html.find('<', i);
    if (j == std::string_view::npos) j = html.size();
    const std::string text = DecodeText(html.substr(i, j - i));
    // An autolink's text is its URL (or e-mail address), and a word holding "://" or "@" is a
    // bare URL or e-mail address: the scan hides both.
    const bool autolink = !href.empty() && (href == text || href == "mailto:" + text);
    size_t w = 0;
    while (w < text.size()) {
      size_t e_end = text.find_first_of(" \t\n", w);
      if (e_end == std::string::npos) e_end = text.size();
      const std::string_view chunk = std::string_view(text).substr(w, e_end - w);
      const bool url = autolink || chunk.find("://") != std::string_view::npos || chunk.find('@') != std::string_view::npos;
      if (code > 0) {
        AddWords(chunk, &e.code);
      } else if (prose > 0 && raw == 0 && !url) {
        AddWords(chunk, &e.prose);
      } else {
        AddWords(chunk, &e.other);
      }
      w = e_end + 1;
    }
    i = j;
  }
  return e;
}

std::string Visible(const std::string& md) {
  std::string v = md;
  for (const auto& s : ScanMarkdown(md).hidden) {
    for (uint32_t k = s.begin; k < s.end && k < v.size(); ++k) v[k] = ' ';
  }
  return v;
}

TEST_CASE("Markdown: the CommonMark spec's examples keep code out of the prose and paragraph text in it",
          "[ingest][commonmark]") {
  const char* env = std::getenv("CLAIMCHECK_COMMONMARK_SPEC");
  const std::string path = env && *env ? env : kDebianSpec;
  std::ifstream in(path);
  INFO("the CommonMark spec examples are read from " << path
                                                     << "; install them with CLAIMCHECK_SETUP_TESTS=1 scripts/setup "
                                                        "(Debian's golang-github-yuin-goldmark-dev)");
  REQUIRE(in.good());
  const nlohmann::json spec = nlohmann::json::parse(in);
  REQUIRE(spec.size() >= 600);

  size_t code_words = 0, prose_words = 0;
  for (const auto& ex : spec) {
    const std::string md = ex.at("markdown").get<std::string>();
    // A file that starts with "---" opens front matter here (a documented extension); CommonMark
    // reads a thematic break instead.
    if (md.starts_with("---\n")) {
      CHECK(ScanMarkdown(md).front_matter.has_value());
      continue;
    }
    const Expected e = ReadHtml(ex.at("html").get<std::string>());
    std::set<std::string> visible;
    AddWords(Visible(md), &visible);
    INFO("example " << ex.at("example").get<int>() << " (" << ex.at("section").get<std::string>() << "):\n" << md);
    for (const auto& w : e.code) {
      if (e.prose.count(w) || e.other.count(w)) continue;  // also written outside code
      ++code_words;
      INFO("code word \"" << w << "\" reaches the prose checks");
      CHECK(visible.count(w) == 0);
    }
    for (const auto& w : e.prose) {
      if (e.code.count(w)) continue;
      ++prose_words;
      INFO("paragraph word \"" << w << "\" is hidden from the prose checks");
      CHECK(visible.count(w) == 1);
    }
  }
  // The examples exercise both sides.
  CHECK(code_words > 100);
  CHECK(prose_words > 500);
}

}  // namespace
}  // namespace claimcheck::ingest
