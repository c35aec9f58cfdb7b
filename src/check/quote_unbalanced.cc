// quote.unbalanced: a double quote opened and not closed in its paragraph, or closed without
// being opened. News style lets a quotation run over several paragraphs: an unclosed paragraph
// followed by one that opens with a quote mark is correct and not reported. Straight quotes
// are read as opening or closing from what surrounds them (as Markdown reads emphasis
// delimiters) and toggle where that is unclear; one that stands for an apostrophe ("Brazil"s") is
// ignored, and so is one right after a digit when no quotation is open (6'2"). German and Nordic
// pairs („...“, »...«) close with their own partner.
#include <cctype>
#include <cstdint>

#include "check/check.h"
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
    const auto& paras = doc.text.paragraphs;
    const std::string& t = doc.text.text;
    for (size_t i = 0; i < paras.size(); ++i) {
      constexpr uint32_t kNone = UINT32_MAX;
      uint32_t open = kNone;  // normalised offset of the unclosed opening mark
      for (uint32_t k = paras[i].span.begin; k < paras[i].span.end; ++k) {
        if (t[k] != '"') continue;
        Mark mark = Classify(doc, k);
        if (open != kNone && ClosesGermanStyle(doc, open, k)) mark = Mark::kClose;
        if (mark == Mark::kStraight) {
          if (IsApostrophe(t, k)) continue;
          // After a digit with nothing open it is a unit of measure (6'2").
          if (open == kNone && k > 0 && std::isdigit(static_cast<unsigned char>(t[k - 1]))) continue;
          mark = Flank(t, k, paras[i].span).value_or(open != kNone ? Mark::kClose : Mark::kOpen);
        }
        if (mark == Mark::kOpen) {
          if (open != kNone) Report(doc, open, 0, out);
          open = k;
        } else if (open != kNone) {
          open = kNone;
        } else {
          Report(doc, k, 1, out);
        }
      }
      if (open != kNone && !(i + 1 < paras.size() && OpensWithQuote(doc, paras[i + 1].span))) Report(doc, open, 0, out);
    }
  }

 private:
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

  static bool OpensWithQuote(const Analysis& doc, Span para) {
    if (para.empty() || doc.text.text[para.begin] != '"') return false;
    return Classify(doc, para.begin) != Mark::kClose;
  }

  void Report(const Analysis& doc, uint32_t at, int which, std::vector<Finding>* out) const {
    out->push_back(MakeFinding(doc, {at, at + 1}, info().messages[which]));
  }
};

}  // namespace

std::unique_ptr<Check> NewQuoteUnbalanced() { return std::make_unique<QuoteUnbalanced>(); }

}  // namespace claimcheck::check
