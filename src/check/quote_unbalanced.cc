// quote.unbalanced: a double quote opened and not closed in its paragraph, or closed without
// being opened. News style lets a quotation run over several paragraphs: an unclosed paragraph
// followed by one that opens with a quote mark is correct and not reported. Straight quotes
// are read as opening or closing from what surrounds them (as Markdown reads emphasis
// delimiters) and toggle where that is unclear; one that stands for an apostrophe ("Brazil"s") is
// ignored, and so is one right after a digit when no quotation is open (6'2"). German and Nordic
// pairs („...“, »...«) close with their own partner. A quote that opens and closes within a few
// words inside an open quotation is nested ("... buying the "B" shares," Diaz said), and quote
// marks in table lines (segment/tables.h) are not read.
#include <algorithm>
#include <cctype>
#include <cstdint>

#include "check/check.h"
#include "check/findings_limit.h"
#include "check/registry.h"

namespace claimcheck::check {
namespace {

enum class Mark { kOpen, kClose, kStraight };

class QuoteUnbalanced : public Check {
 public:
  const CheckInfo& info() const override {
    static const CheckInfo kInfo{
        "quote.unbalanced",
        "A quotation mark without its partner",
        "An opening double quotation mark with no closing one in the same paragraph (unless the "
        "quotation continues into the next paragraph, which then opens with a quotation mark), or a "
        "closing mark with no opening one.",
        Severity::kWarning,
        {"opening quotation mark is never closed in this paragraph",
         "closing quotation mark without an opening one"},
        true,
        "high"};
    return kInfo;
  }

  void Run(const Analysis& doc, std::vector<Finding>* out) const override {
    FindingSink sink(0);
    Scan(doc, &sink);
    sink.Finish(out);
  }

  // A line of quote marks gives a finding per byte: past the limit they are counted, not kept.
  LimitedRun RunLimited(const Analysis& doc, size_t limit, std::vector<Finding>* out) const override {
    FindingSink sink(limit);
    Scan(doc, &sink);
    return sink.Finish(out);
  }

 private:
  void Scan(const Analysis& doc, FindingSink* out) const {
    const auto& paras = doc.text.paragraphs;
    const std::string& t = doc.text.text;
    for (size_t i = 0; i < paras.size(); ++i) {
      constexpr uint32_t kNone = UINT32_MAX;
      const Span para = paras[i].span;
      uint32_t open = kNone;  // normalised offset of the unclosed opening mark
      bool open_reported = false;  // the open mark was already reported (a mis-spaced opening)
      bool nested_closed = false;  // a nested quote closed inside the open quotation
      for (uint32_t k = para.begin; k < para.end; ++k) {
        if (t[k] == '\'') {
          // Two apostrophes are a typewriter's closing double quote ("this year.'').
          if (open != kNone && k + 1 < para.end && t[k + 1] == '\'' &&
              (k + 2 >= para.end || !std::isalnum(static_cast<unsigned char>(t[k + 2])))) {
            open = kNone;
            ++k;
          }
          continue;
        }
        if (t[k] != '"' || doc.text.InTable({k, k + 1})) continue;
        Mark mark = Classify(doc, k);
        if (open != kNone && ClosesGermanStyle(doc, open, k)) mark = Mark::kClose;
        if (mark == Mark::kStraight) {
          if (IsApostrophe(t, k)) continue;
          // After a digit with nothing open it is a unit of measure (6'2").
          if (open == kNone && k > 0 && std::isdigit(static_cast<unsigned char>(t[k - 1]))) continue;
          // A quote between punctuation and an ellipsis opens a quotation that starts mid-sentence
          // (paragraph...."..The first).
          if (k > para.begin && !std::isalnum(static_cast<unsigned char>(t[k - 1])) && k + 2 < para.end &&
              t[k + 1] == '.' && t[k + 2] == '.') {
            mark = Mark::kOpen;
          } else {
            mark = Flank(t, k, para).value_or(open != kNone ? Mark::kClose : Mark::kOpen);
          }
        }
        if (mark == Mark::kOpen) {
          if (open != kNone) {
            // A quote inside a quotation that closes within a few words is nested: "We have no
            // objection to Soriano buying the "B" shares," Diaz said. Closed by an apostrophe
            // ("sell in May and go away'), the nested mark is the one left open.
            if (Nested nested = NestedClose(doc, k, para); nested.at != kNone) {
              if (nested.apostrophe) Report(doc, k, 0, out);
              k = nested.at;
              nested_closed = true;
              continue;
            }
            if (!open_reported) Report(doc, open, 0, out);
          }
          open = k;
          open_reported = false;
          nested_closed = false;
        } else if (open != kNone) {
          open = kNone;
        } else {
          Report(doc, k, 1, out);
          // A closing-looking mark glued to a comma or colon and followed by words opens a
          // quotation typed without its space (he added," I can say): reported once, here.
          if (k > para.begin && (t[k - 1] == ',' || t[k - 1] == ':') && k + 2 < para.end && t[k + 1] == ' ' &&
              std::isalnum(static_cast<unsigned char>(t[k + 2]))) {
            open = k;
            open_reported = true;
            nested_closed = false;
          }
        }
      }
      // A quotation whose nested quote closed at its end shares that closing mark (putting up "no
      // greenmail," Gabelli said): not reported.
      if (open != kNone && !open_reported && !nested_closed &&
          !(i + 1 < paras.size() && OpensWithQuote(doc, paras[i + 1].span))) {
        Report(doc, open, 0, out);
      }
    }
  }

  static bool Space(const std::string& t, uint32_t k) { return t[k] == ' ' || t[k] == '\n'; }

  // A straight quote between a letter and a contraction ending ("Brazil"s", "isn"t") is a
  // mistyped apostrophe.
  static bool IsApostrophe(const std::string& t, uint32_t k) {
    if (k == 0 || !std::isalpha(static_cast<unsigned char>(t[k - 1]))) return false;
    size_t n = k + 1;
    while (n < t.size() && std::isalpha(static_cast<unsigned char>(t[n]))) ++n;
    std::string_view tail = std::string_view(t).substr(k + 1, n - k - 1);
    return tail == "s" || tail == "t" || tail == "d" || tail == "m" || tail == "ll" || tail == "re" || tail == "ve";
  }

  // Opening or closing by what surrounds a straight quote (white space or an opening bracket
  // before it: opening; white space or punctuation after it: closing); nullopt when unclear.
  static std::optional<Mark> Flank(const std::string& t, uint32_t k, Span para) {
    bool space_before = k == para.begin || Space(t, k - 1) || t[k - 1] == '(' || t[k - 1] == '[' || t[k - 1] == '-';
    bool space_after = k + 1 >= para.end || Space(t, k + 1) || std::ispunct(static_cast<unsigned char>(t[k + 1]));
    if (space_before && !space_after) return Mark::kOpen;
    if (space_after && !space_before) return Mark::kClose;
    return std::nullopt;
  }

  static Mark Classify(const Analysis& doc, uint32_t norm_offset) {
    std::string_view orig = doc.Original({norm_offset, norm_offset + 1});
    if (orig == "\xE2\x80\x9C" || orig == "\xE2\x80\x9E" || orig == "\xC2\xAB") return Mark::kOpen;    // “ „ «
    if (orig == "\xE2\x80\x9D" || orig == "\xC2\xBB") return Mark::kClose;                            // ” »
    return Mark::kStraight;
  }

  // German and Nordic quotation: „...“ and »...«. The closing mark is another language's opening
  // one, so it closes only what its partner opened.
  static bool ClosesGermanStyle(const Analysis& doc, uint32_t open, uint32_t k) {
    std::string_view o = doc.Original({open, open + 1}), c = doc.Original({k, k + 1});
    return (o == "\xE2\x80\x9E" && c == "\xE2\x80\x9C") || (o == "\xC2\xBB" && c == "\xC2\xAB");  // „“ »«
  }

  struct Nested {
    uint32_t at = UINT32_MAX;  // the closing mark, or UINT32_MAX
    bool apostrophe = false;   // closed by a single quote typed for a double one
  };

  // The closing mark of a short quote opened at `k` inside an open quotation: the next double
  // quote, at most eight words and 60 bytes on, reading as closing; failing that, a single quote
  // after a word and before a space or punctuation. None for a quote that follows a sentence end.
  static Nested NestedClose(const Analysis& doc, uint32_t k, Span para) {
    const std::string& t = doc.text.text;
    // A quote right after a sentence's end starts a new quotation (Inc. "I'm ...), not a nested one.
    uint32_t before = k;
    while (before > para.begin && Space(t, before - 1)) --before;
    if (before > para.begin && (t[before - 1] == '.' || t[before - 1] == '?' || t[before - 1] == '!')) return {};
    const uint32_t end = std::min<uint32_t>(para.end, k + 61);
    int spaces = 0;
    uint32_t apostrophe = UINT32_MAX;
    for (uint32_t n = k + 1; n < end; ++n) {
      if (Space(t, n) && !Space(t, n - 1) && ++spaces > 7) break;
      if (t[n] == '\'' && apostrophe == UINT32_MAX && n > k + 1 && std::isalpha(static_cast<unsigned char>(t[n - 1])) &&
          (n + 1 >= para.end || Space(t, n + 1) || std::ispunct(static_cast<unsigned char>(t[n + 1])))) {
        apostrophe = n;
      }
      if (t[n] != '"') continue;
      Mark m = Classify(doc, n);
      if (m == Mark::kStraight) m = Flank(t, n, para).value_or(Mark::kClose);
      if (m == Mark::kClose && n > k + 1) return apostrophe != UINT32_MAX ? Nested{apostrophe, true} : Nested{n, false};
      break;
    }
    if (apostrophe != UINT32_MAX) return {apostrophe, true};
    return {};
  }

  static bool OpensWithQuote(const Analysis& doc, Span para) {
    if (para.empty() || doc.text.text[para.begin] != '"') return false;
    return Classify(doc, para.begin) != Mark::kClose;
  }

  void Report(const Analysis& doc, uint32_t at, int which, FindingSink* out) const {
    out->Add(MakeFinding(doc, {at, at + 1}, info().messages[which]));
  }
};

}  // namespace

std::unique_ptr<Check> NewQuoteUnbalanced() { return std::make_unique<QuoteUnbalanced>(); }

}  // namespace claimcheck::check
