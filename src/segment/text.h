// The normalised text of one document, its paragraphs and sentences, and the map back to the
// original bytes. Everything downstream matches on `text` and reports through ToOriginal().
#ifndef CLAIMCHECK_SEGMENT_TEXT_H_
#define CLAIMCHECK_SEGMENT_TEXT_H_

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "base/span.h"

namespace claimcheck::segment {

// Maps offsets in the normalised text to offsets in the original bytes. Normalisation changes
// lengths only at a few places (a 3-byte curly quote becomes 1 byte), so the map keeps one anchor
// per change and is the identity shift between anchors.
class OffsetMap {
 public:
  // Records that normalised offset `norm` corresponds to original offset `orig`, and that the
  // shift stays the same until the next anchor. Anchors must be added in increasing order.
  void Anchor(uint32_t norm, uint32_t orig);
  uint32_t ToOriginal(uint32_t norm) const;
  // Records that normalised [norm_begin, norm_end) replaces one character that starts at original
  // offset `orig` ("…" -> "..."): offsets strictly inside map to the character's start, never into
  // the middle of its bytes. Ranges must be added in increasing order.
  void Replaced(uint32_t norm_begin, uint32_t norm_end, uint32_t orig);
  // The inverse, for an original offset that starts a character which normalisation kept or
  // blanked (not one inside a removed or shortened sequence).
  uint32_t ToNormalized(uint32_t orig) const;

 private:
  std::vector<uint32_t> norm_;
  std::vector<uint32_t> orig_;
  struct Replacement {
    uint32_t norm_begin, norm_end, orig;
  };
  std::vector<Replacement> replaced_;  // only multi-byte replacements: rare
};

struct Paragraph {
  Span span;  // normalised text, without the trailing line break
  size_t first_sentence = 0;
  size_t end_sentence = 0;  // one past the last
};

struct Sentence {
  Span span;  // normalised text, trimmed of surrounding white space
  size_t paragraph = 0;
};

struct Text {
  // The normalised text: curly quotes -> ASCII quotes, dashes -> '-', exotic spaces -> ' ',
  // "…" -> "...", soft hyphens and zero-width characters removed, CR LF -> LF, hidden
  // (non-prose) bytes -> spaces. Line breaks stay where they were.
  std::string text;
  OffsetMap map;
  std::vector<Paragraph> paragraphs;
  std::vector<Sentence> sentences;
  // Plain-text tables and price lists (segment/tables.h), whole lines, in text order. Prose checks
  // skip what overlaps them.
  std::vector<Span> tables;
  // The tails of paragraphs longer than the analysis reads (Segmenter::kDefaultMaxParagraphBytes
  // or the document's max_paragraph_bytes), in text order: normalised, mapped back for reports,
  // and not in any paragraph, so nothing after the segmenter sees them (check limit.paragraph says
  // where they are).
  std::vector<Span> unanalysed;

  bool InTable(Span s) const {
    auto it = std::upper_bound(tables.begin(), tables.end(), s.begin,
                               [](uint32_t pos, const Span& t) { return pos < t.end; });
    return it != tables.end() && (it->Overlaps(s) || (s.empty() && it->begin <= s.begin));
  }
  // Whether `s` lies wholly inside one table (InTable: overlaps one).
  bool WithinTable(Span s) const {
    auto it = std::upper_bound(tables.begin(), tables.end(), s.begin,
                               [](uint32_t pos, const Span& t) { return pos < t.end; });
    return it != tables.end() && it->begin <= s.begin && s.end <= it->end;
  }
  std::string_view Slice(Span s) const { return std::string_view(text).substr(s.begin, s.size()); }
  Span ToOriginal(Span s) const { return {map.ToOriginal(s.begin), map.ToOriginal(s.end)}; }
};

}  // namespace claimcheck::segment

#endif  // CLAIMCHECK_SEGMENT_TEXT_H_
