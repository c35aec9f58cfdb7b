#include "segment/segmenter.h"

#include <catch2/catch.hpp>

#include "rules/loader.h"
#include "segment/normalize.h"

namespace claimcheck::segment {
namespace {

// The segmenter as claimcheck builds it: ICU's English exceptions plus the built-in pack's.
std::unique_ptr<Segmenter> MakeSegmenter() {
  auto loaded = rules::LoadRules(true, {});
  REQUIRE(loaded.errors.empty());
  const auto* abbreviations = loaded.rules.Lexicon("segment.abbreviations");
  REQUIRE(abbreviations);
  auto s = Segmenter::Create(*abbreviations);
  REQUIRE(s.ok());
  return std::move(s).value();
}

// The sentences, or the paragraphs, of a plain-text document, as text.
std::vector<std::string> Pieces(const std::string& text, bool paragraphs) {
  auto doc = ingest::LoadDocument("t.txt", text);
  REQUIRE(doc.ok());
  Text t = MakeSegmenter()->Segment(doc.value());
  std::vector<std::string> out;
  if (paragraphs) {
    for (const auto& p : t.paragraphs) out.emplace_back(t.Slice(p.span));
  } else {
    for (const auto& s : t.sentences) out.emplace_back(t.Slice(s.span));
  }
  return out;
}
std::vector<std::string> Sentences(const std::string& text) { return Pieces(text, false); }
std::vector<std::string> Paragraphs(const std::string& text) { return Pieces(text, true); }

TEST_CASE("Normalisation folds quotes, dashes and spaces and maps offsets back", "[segment]") {
  // “ (3 bytes) x ” (3) NBSP (2) – (3) soft hyphen (2, removed) … (3)
  std::string src = "\xE2\x80\x9Cx\xE2\x80\x9D\xC2\xA0\xE2\x80\x93y\xC2\xAD" "z\xE2\x80\xA6";
  auto doc = ingest::LoadDocument("t.txt", src);
  REQUIRE(doc.ok());
  Text t = Normalize(doc.value());
  CHECK(t.text == "\"x\" -yz...");
  // Every normalised character maps to the start of its original character.
  const std::vector<std::pair<uint32_t, uint32_t>> map = {{0, 0}, {1, 3}, {2, 4}, {3, 7}, {4, 9}, {5, 12}, {6, 15}, {7, 16}, {10, 19}};
  for (auto [norm, orig] : map) {
    INFO("norm " << norm);
    CHECK(t.map.ToOriginal(norm) == orig);
  }
  CHECK(t.ToOriginal({0, 3}) == Span{0, 7});  // the curly-quoted "x" is 7 original bytes
  // Offsets inside the "..." that stands for "…" map to the ellipsis's first byte, never into
  // the middle of its three bytes ("A." read as an initial once ended a span at byte 17, and
  // `claims --format json` failed on the broken UTF-8).
  CHECK(t.map.ToOriginal(8) == 16);
  CHECK(t.map.ToOriginal(9) == 16);
  CHECK(t.ToOriginal({6, 8}) == Span{15, 16});
}

TEST_CASE("Sentences: abbreviations, initials and dates do not end a sentence", "[segment]") {
  struct Case {
    std::string text;
    std::vector<std::string> sentences;
  };
  const std::vector<Case> cases = {
      {"He died on Sept. 13 in Dushanbe. Police said so.", {"He died on Sept. 13 in Dushanbe.", "Police said so."}},
      {"Gen. Nazarzoda fled. Troops followed.", {"Gen. Nazarzoda fled.", "Troops followed."}},
      {"The U.S. Treasury said so. Others agreed.", {"The U.S. Treasury said so.", "Others agreed."}},
      {"John F. Kennedy spoke. Then he left.", {"John F. Kennedy spoke.", "Then he left."}},
      {"\"It is over,\" he said. \"We won.\" She left.", {"\"It is over,\" he said.", "\"We won.\"", "She left."}},
      {"Wire copy is\nwrapped mid sentence. And here.", {"Wire copy is\nwrapped mid sentence.", "And here."}},
      {"Mr. Smith met Dr. Jones on Jan. 5. It rained.", {"Mr. Smith met Dr. Jones on Jan. 5.", "It rained."}},
      // Every title of the pack holds, "Gov." too (an entry with an inner period once broke it).
      {"He met Wisconsin Gov. Scott Walker. It rained.", {"He met Wisconsin Gov. Scott Walker.", "It rained."}},
      // An abbreviation is a whole word (s32: ICU's filter matched any word that ends like one,
      // so "al." of "et al." joined sentences after "potential.", "ca." after "America.", and
      // "Lt." broke before a name); after a hyphen it is one too.
      {"They needed potential. She helped. They live in America. They lost interest. It rained.",
       {"They needed potential.", "She helped.", "They live in America.", "They lost interest.", "It rained."}},
      {"Smith et al. wrote it. Sources said Lt. Gov. Eric Holcomb ran. It rained.",
       {"Smith et al. wrote it.", "Sources said Lt. Gov. Eric Holcomb ran.", "It rained."}},
      {"Unlike then-Sen. Obama, he won. It rained.", {"Unlike then-Sen. Obama, he won.", "It rained."}},
      // An abbreviation or initial before a word that opens sentences ends one (s32).
      {"They tried to enter the U.S. The ban failed. Acme was sold to Beta Corp. It said so.",
       {"They tried to enter the U.S.", "The ban failed.", "Acme was sold to Beta Corp.", "It said so."}},
      // Not before "In" or "And": the Reuters wire capitalised the word after "U.S." inside a
      // sentence.
      {"Talks between the U.S. And Europe were held. It rained.", {"Talks between the U.S. And Europe were held.", "It rained."}},
      // ICU's own list ended no sentence after "NATO." ("O.") or "CEO.".
      {"He joined NATO. It rained. Smith is its CEO. It rained.", {"He joined NATO.", "It rained.", "Smith is its CEO.", "It rained."}},
      // A quoted question or exclamation that the sentence goes on after in lower case.
      {"\"He is dangerous!\" said Tom Burke. \"Why?\" he asked. \"Go!\" She left.",
       {"\"He is dangerous!\" said Tom Burke.", "\"Why?\" he asked.", "\"Go!\"", "She left."}},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    CHECK(Sentences(c.text) == c.sentences);
  }
}

TEST_CASE("Paragraphs: blank lines, and indented first lines in wire copy", "[segment]") {
  auto doc = ingest::LoadDocument("t.txt", "Headline\n\nOne line\ncontinues.\n    Indented new\nparagraph.\n\n\nLast.");
  REQUIRE(doc.ok());
  Text t = MakeSegmenter()->Segment(doc.value());
  std::vector<std::string> paras;
  for (const auto& p : t.paragraphs) paras.emplace_back(t.Slice(p.span));
  CHECK(paras == std::vector<std::string>{"Headline", "One line\ncontinues.", "Indented new\nparagraph.", "Last."});
  REQUIRE(t.sentences.size() == 4);
  CHECK(t.sentences[2].paragraph == 2);
}

TEST_CASE("Paragraphs: wire copy with one-line paragraphs - uniformly indented text", "[segment]") {
  CHECK(Paragraphs("    One line\ncontinues.\n    Short one.\n    Next one.\n") ==
        std::vector<std::string>{"One line\ncontinues.", "Short one.", "Next one."});
  CHECK(Paragraphs("  All lines\n  are indented\n  alike.\n") == std::vector<std::string>{"All lines\n  are indented\n  alike."});
}

TEST_CASE("Paragraphs: a line longer than any hard wrap ends its paragraph", "[segment]") {
  // Web copy saved one paragraph per line, with an indented line that turned wire paragraphs on
  // (s35: an unclosed quotation in the long line ran on over the next lines).
  const std::string long_line = "More from the report: \"Today numerous online survey vendors condition their samples on "
                                "nondemographic variables in an effort to make them more representative.";
  REQUIRE(long_line.size() > 150);
  CHECK(Paragraphs(long_line + "\nTHE WEEKEND'S POLLS\n-One poll shows Cruz ahead.\n -Clinton leads Sanders.\n-Trump leads.\n") ==
        std::vector<std::string>{long_line, "THE WEEKEND'S POLLS\n-One poll shows Cruz ahead.", "-Clinton leads Sanders.\n-Trump leads."});
  // Lines of a hard wrap stay one paragraph.
  CHECK(Paragraphs("A line that wraps\nat seventy columns.\n") == std::vector<std::string>{"A line that wraps\nat seventy columns."});
}

TEST_CASE("Markdown blocks start paragraphs - markup is blank in the text", "[segment]") {
  auto doc = ingest::LoadDocument("t.md", "# Title\nText **here**.\n- one item\n- two item\n");
  REQUIRE(doc.ok());
  Text t = MakeSegmenter()->Segment(doc.value());
  std::vector<std::string> paras;
  for (const auto& p : t.paragraphs) paras.emplace_back(t.Slice(p.span));
  CHECK(paras == std::vector<std::string>{"Title", "Text   here  .", "one item", "two item"});
}

TEST_CASE("Markdown table rows and cells are paragraphs of their own", "[segment]") {
  auto doc = ingest::LoadDocument("t.md", "Intro \xE2\x80\x9Cx\xE2\x80\x9D\n\n| a the | the b |\n|---|---|\nc | d\nAfter.\n");
  REQUIRE(doc.ok());
  Text t = MakeSegmenter()->Segment(doc.value());
  std::vector<std::string> paras;
  for (const auto& p : t.paragraphs) paras.emplace_back(t.Slice(p.span));
  CHECK(paras == std::vector<std::string>{"Intro \"x\"", "a the", "the b", "c", "d", "After."});
}

TEST_CASE("A paragraph longer than max_paragraph_bytes is cut at a word break - the rest is unanalysed", "[segment][limit]") {
  // A cap of 32 bytes falls inside "4-4": the cut moves back to the space before it.
  std::string src = "May 9-9 and June 1-1 and July 4-4 and May 2-2.\n\nShort one.\n";
  auto doc = ingest::LoadDocument("t.txt", src);
  REQUIRE(doc.ok());
  doc.value().max_paragraph_bytes = 32;
  Text t = MakeSegmenter()->Segment(doc.value());
  REQUIRE(t.paragraphs.size() == 2);
  CHECK(t.Slice(t.paragraphs[0].span) == "May 9-9 and June 1-1 and July");
  CHECK(t.Slice(t.paragraphs[1].span) == "Short one.");
  REQUIRE(t.unanalysed.size() == 1);
  CHECK(t.Slice(t.unanalysed[0]) == "4-4 and May 2-2.");
  // Sentences lie inside what is analysed.
  for (const auto& s : t.sentences) CHECK(t.paragraphs[s.paragraph].span.Contains(s.span));

  // No space in the last 256 bytes: the cut falls on a character boundary, never inside "é".
  Text w;
  w.text = std::string(299, 'a') + "\xC3\xA9" + "bbb";
  w.paragraphs.push_back({{0, static_cast<uint32_t>(w.text.size())}, 0, 0});
  Segmenter::CapParagraphs(300, &w);
  CHECK(w.paragraphs[0].span.end == 299);
  REQUIRE(w.unanalysed.size() == 1);
  CHECK(w.unanalysed[0].begin == 299);

  // 0: no limit; a paragraph of exactly the limit is whole.
  Text whole;
  whole.text = "abc def";
  whole.paragraphs.push_back({{0, 7}, 0, 0});
  Segmenter::CapParagraphs(0, &whole);
  Segmenter::CapParagraphs(7, &whole);
  CHECK(whole.paragraphs[0].span.end == 7);
  CHECK(whole.unanalysed.empty());
}

}  // namespace
}  // namespace claimcheck::segment
