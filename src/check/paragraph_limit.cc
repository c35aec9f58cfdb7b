// limit.paragraph: a paragraph longer than the analysis reads (segment/segmenter.h: 1 MiB by
// default, `max-paragraph-bytes:` in .claimcheck.yaml) was analysed only up to the cut; this
// finding says where the rest starts and how much of it no check has seen.
#include <algorithm>
#include <string>

#include "check/check.h"
#include "check/registry.h"
#include "segment/segmenter.h"

namespace claimcheck::check {
namespace {

class ParagraphLimit : public Check {
 public:
  const CheckInfo& info() const override {
    static const CheckInfo kInfo{
        "limit.paragraph",
        "A paragraph too long to analyse whole",
        "A paragraph longer than the analysis reads (max-paragraph-bytes: in .claimcheck.yaml; "
        "default 1048576 bytes): its first bytes are analysed and checked, up to a word break, and "
        "the rest is not, so no finding is reported there. No news paragraph is that long: such a "
        "paragraph is usually a file without line breaks or not prose at all.",
        Severity::kWarning,
        {"{count} bytes of this paragraph are not checked (at most {limit} bytes of a paragraph are "
         "analysed; max-paragraph-bytes)"},
        true,
        "very-high",
        false,
        false};  // never capped: the reader must know what was not checked
    return kInfo;
  }

  void Run(const Analysis& doc, std::vector<Finding>* out) const override {
    const size_t limit = doc.doc->max_paragraph_bytes.value_or(segment::Segmenter::kDefaultMaxParagraphBytes);
    const std::string& t = doc.text.text;
    for (Span rest : doc.text.unanalysed) {
      // The finding marks the first word left out (at most 64 bytes); the message counts the rest
      // in original bytes.
      uint32_t end = rest.begin;
      while (end < rest.end && end - rest.begin < 64 && t[end] != ' ' && t[end] != '\n') ++end;
      while (end < rest.end && (static_cast<unsigned char>(t[end]) & 0xC0) == 0x80) ++end;
      if (end == rest.begin) end = std::min(rest.end, rest.begin + 1);
      out->push_back(MakeFinding(doc, {rest.begin, end},
                                 std::to_string(doc.text.ToOriginal(rest).size()) +
                                     " bytes of this paragraph are not checked (at most " + std::to_string(limit) +
                                     " bytes of a paragraph are analysed; max-paragraph-bytes)"));
    }
  }
};

}  // namespace

std::unique_ptr<Check> NewParagraphLimit() { return std::make_unique<ParagraphLimit>(); }

}  // namespace claimcheck::check
