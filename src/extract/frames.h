// Attribution frames from rules over token classes and chunks (extract/tokens.h, chunks.h): a
// source phrase, a cue from the cue lexicons (a verb in any inflection, a participle, "according
// to") and the content it introduces (a quotation, split or not; a that-clause; a bare clause; an
// infinitive; the sentence before an inverted "..., X said"). One walk over each paragraph's
// tokens; docs/claims.md lists the forms.
//
// A FrameFinder is immutable after Create and thread-safe.
#ifndef CLAIMCHECK_EXTRACT_FRAMES_H_
#define CLAIMCHECK_EXTRACT_FRAMES_H_

#include <optional>
#include <string>
#include <vector>

#include "base/span.h"
#include "base/status.h"
#include "extract/tokens.h"
#include "rules/pack.h"
#include "segment/text.h"

namespace claimcheck::extract {

// One frame as found: byte spans in the normalised text.
struct FrameMatch {
  std::optional<Span> source;
  Span cue;
  Span content;
  std::optional<Span> outlet;  // the outlet it spoke through ("told Russian news agency Interfax")
  // For a relative pronoun as the source ("a new poll that shows", "Ted Cruz, who said"): the
  // noun phrase it stands for, which names the speaker.
  std::optional<Span> antecedent;
  // Whether a quotation that goes on after this frame's, with no cue of its own, is one content
  // with it (PolNeAR's convention). Not after an inverted source followed by more of the
  // sentence ("..., wrote Aleksey Malashenko, in an analysis ... . \"...\""): a frame of its own.
  bool merges_continuation = true;
  // Whether the verb group before the cue is negated ("did not say whether", "has never
  // endorsed"): the source neither asserts nor denies the content, the frame hedges.
  bool negated = false;
  const char* form = "";  // "quote-before", "that-clause", ... (docs/claims.md)
};

class FrameFinder {
 public:
  static Result<FrameFinder> Create(const rules::RuleSet& rules);
  // The frames of every paragraph of `text` (sentences give clause ends), in text order. `skip`
  // says whether a paragraph is not prose (a headline).
  std::vector<FrameMatch> Find(const segment::Text& text, const std::vector<bool>& skip) const;
  // The frames of one piece of prose (for tests and rule examples): one paragraph, one sentence.
  std::vector<FrameMatch> FindIn(std::string_view text) const;
  const TokenLexicon& lexicon() const { return lexicon_; }

  FrameFinder() = default;  // finds nothing

 private:
  void FindInHeadline(std::string_view text, Span paragraph, std::vector<FrameMatch>* out) const;
  void FindInHeadline(const std::vector<Token>& tokens, std::vector<FrameMatch>* out) const;
  // For a paragraph that ends in a colon: the content a cue before the colon would introduce
  // (the next paragraph), and the frame FindInParagraph finds for it.
  struct ColonFollow {
    Span content;
    std::optional<FrameMatch> frame;
  };
  // `first`: the story's first paragraph, its headline when it is one sentence. `colon_follow`:
  // for a paragraph that ends in a colon, where its colon-paragraph frame goes.
  void FindInParagraph(std::string_view text, Span paragraph, const std::vector<Span>& sentences, bool first,
                       std::vector<FrameMatch>* out, ColonFollow* colon_follow = nullptr) const;
  TokenLexicon lexicon_;
};

}  // namespace claimcheck::extract

#endif  // CLAIMCHECK_EXTRACT_FRAMES_H_
