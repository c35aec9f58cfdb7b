// dup.paragraph: a paragraph (or block) that repeats an earlier one in the same document,
// compared after folding white space, line breaks, dashes and quotes (the text stage already maps
// dashes and curly quotes to ASCII). Short paragraphs (fewer than 6 words) are not compared:
// sign-offs and datelines repeat by design. Column-aligned table rows, and one-line paragraphs
// that do not end like a sentence (table rows, headings), are not compared either, nor are
// tables (segment/tables.h) and short notes next to one.
#include <cctype>
#include <unordered_map>

#include "check/check.h"
#include "check/registry.h"
#include "check/words.h"

namespace claimcheck::check {
namespace {

constexpr size_t kMinWords = 6;
// A note under a table ("Note - World imports/exports may not balance ...") repeats under the
// next table by design; longer paragraphs next to tables are still compared.
constexpr size_t kMaxNoteWords = 30;

// Whether the nearest text before or after `span` (across white space only) is a table line.
bool NextToTable(const segment::Text& text, Span span) {
  const std::string& t = text.text;
  uint32_t before = span.begin, after = span.end;
  while (before > 0 && (t[before - 1] == ' ' || t[before - 1] == '\n')) --before;
  while (after < t.size() && (t[after] == ' ' || t[after] == '\n')) ++after;
  return (before > 0 && text.InTable({before - 1, before})) || (after < t.size() && text.InTable({after, after + 1}));
}

// Column-aligned table rows repeat headers by design: two spaces after a letter or digit (two
// spaces after a full stop are only old typing habit).
bool LooksLikeTable(std::string_view para) {
  for (size_t k = 1; k + 1 < para.size(); ++k) {
    if (para[k] == ' ' && para[k + 1] == ' ' && std::isalnum(static_cast<unsigned char>(para[k - 1]))) return true;
  }
  return false;
}

// A one-line paragraph that does not end like a sentence is a table row or a heading ("Avg shrs
// 13.9 mln vs 13.8 mln" for the quarter and again for the year), which repeat by design.
bool LooksLikeRowOrHeading(std::string_view para) {
  while (!para.empty() && (para.back() == ' ' || para.back() == '\n')) para.remove_suffix(1);
  if (para.empty() || para.find('\n') != std::string_view::npos) return false;
  return std::string_view(".!?\"')").find(para.back()) == std::string_view::npos;
}

class DupParagraph : public Check {
 public:
  const CheckInfo& info() const override {
    static const CheckInfo kInfo{
        "dup.paragraph",
        "A paragraph that repeats an earlier one",
        "A paragraph or block that appears twice in the same story, compared after normalising white "
        "space, line breaks, dashes and quotes, as happens when copy is pasted twice or a credit "
        "block is left in two forms.",
        Severity::kWarning,
        {"this paragraph repeats the one at line {line}", "first occurrence"},
        true,
        "very-high"};
    return kInfo;
  }

  void Run(const Analysis& doc, std::vector<Finding>* out) const override {
    std::string_view t = doc.text.text;
    std::unordered_map<std::string, size_t> first;  // folded text -> paragraph index
    for (size_t i = 0; i < doc.text.paragraphs.size(); ++i) {
      Span span = doc.text.paragraphs[i].span;
      const size_t words = doc.WordsIn(span).size();
      if (words < kMinWords) continue;
      const std::string_view para = t.substr(span.begin, span.size());
      if (LooksLikeTable(para) || LooksLikeRowOrHeading(para) || doc.text.InTable(span)) continue;
      if (words <= kMaxNoteWords && NextToTable(doc.text, span)) continue;
      // Fold: words and punctuation in order, separated by one space.
      std::string key;
      key.reserve(span.size());
      bool space = false;
      for (uint32_t k = span.begin; k < span.end; ++k) {
        unsigned char c = static_cast<unsigned char>(t[k]);
        if (c == ' ' || c == '\n') {
          space = !key.empty();
          continue;
        }
        if (space) key.push_back(' ');
        space = false;
        key.push_back(static_cast<char>(c));
      }
      auto [it, inserted] = first.emplace(std::move(key), i);
      if (inserted) continue;
      Span earlier = doc.text.paragraphs[it->second].span;
      Finding f = MakeFinding(doc, span, "");
      int line = doc.doc->source.Position(doc.Locate(earlier).span.begin).line;
      f.message = "this paragraph repeats the one at line " + std::to_string(line);
      f.related.push_back({doc.Locate(earlier), "first occurrence"});
      out->push_back(std::move(f));
    }
  }
};

}  // namespace

std::unique_ptr<Check> NewDupParagraph() { return std::make_unique<DupParagraph>(); }

}  // namespace claimcheck::check
