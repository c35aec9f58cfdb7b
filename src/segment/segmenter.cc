#include "segment/segmenter.h"

#include <algorithm>
#include <cctype>

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

#include "segment/normalize.h"

namespace claimcheck::segment {
namespace {

bool IsBlank(std::string_view line) {
  return line.find_first_not_of(' ') == std::string_view::npos;
}

size_t Indent(std::string_view line) {
  size_t n = line.find_first_not_of(' ');
  return n == std::string_view::npos ? line.size() : n;
}

// A line longer than any hard wrap: text that puts each paragraph on one line ("one paragraph per
// line", as web copy saved as text does) ends its paragraph there even without a blank line.
constexpr size_t kUnwrappedLine = 150;

// A Markdown line that starts a block of its own (heading, list item, quote) in the ORIGINAL
// text; after normalisation its marker is blank, so the original is consulted.
bool StartsMarkdownBlock(std::string_view original_line) {
  size_t i = original_line.find_first_not_of(' ');
  if (i == std::string_view::npos) return false;
  char c = original_line[i];
  if (c == '#' || c == '>') return true;
  if ((c == '-' || c == '*' || c == '+') && i + 1 < original_line.size() && original_line[i + 1] == ' ') return true;
  size_t j = i;
  while (j < original_line.size() && std::isdigit(static_cast<unsigned char>(original_line[j]))) ++j;
  return j > i && j < original_line.size() && (original_line[j] == '.' || original_line[j] == ')');
}

// Cuts paragraphs where the document says a paragraph ends without a blank line (Markdown table
// rows and cells), dropping pieces that hold only white space.
void SplitAtBreaks(const std::vector<uint32_t>& breaks, Text* text) {
  const std::string& t = text->text;
  std::vector<Paragraph> split;
  auto add = [&](uint32_t begin, uint32_t end) {
    while (begin < end && (t[begin] == ' ' || t[begin] == '\n')) ++begin;
    while (end > begin && (t[end - 1] == ' ' || t[end - 1] == '\n')) --end;
    if (begin < end) split.push_back({{begin, end}, 0, 0});
  };
  auto b = breaks.begin();
  for (const auto& p : text->paragraphs) {
    uint32_t begin = p.span.begin;
    for (; b != breaks.end(); ++b) {
      uint32_t at = text->map.ToNormalized(*b);
      if (at >= p.span.end) break;
      if (at > begin) {
        add(begin, at);
        begin = at;
      }
    }
    add(begin, p.span.end);
  }
  text->paragraphs = std::move(split);
}

// Whether `rest` starts with a word that opens sentences and never follows an abbreviation
// inside one: "in the U.S. The proposal ...", "acquired by Acme Corp. It said ..." end there.
bool OpensSentence(std::string_view rest) {
  // (Not "And", "In", "Is": the Reuters wire capitalised the word after "U.S." inside sentences,
  // "of the U.S. In Japan's ... airport", "the U.S. And Europe were".)
  static constexpr std::string_view kOpeners[] = {"The", "He", "She", "It", "They", "We", "I", "His", "Her", "Its", "Their", "There"};
  size_t b = 0;
  while (b < rest.size() && rest[b] == ' ') ++b;
  size_t e = b;
  while (e < rest.size() && std::isalpha(static_cast<unsigned char>(rest[e]))) ++e;
  if (e == b || (e < rest.size() && rest[e] != ' ' && rest[e] != ',')) return false;
  return std::find(std::begin(kOpeners), std::end(kOpeners), rest.substr(b, e - b)) != std::end(kOpeners);
}

// Whether text[start, e) ends with "?" or "!" and then up to three closing quotation marks.
// (The text is normalised: curly quotes are straight here, `''` two apostrophes.)
bool EndsQuotedQuestion(std::string_view text, size_t start, size_t e) {
  size_t q = e;
  while (q > start && e - q < 3 && (text[q - 1] == '"' || text[q - 1] == '\'')) --q;
  return q < e && q > start && (text[q - 1] == '?' || text[q - 1] == '!');
}

}  // namespace

Segmenter::~Segmenter() = default;

Result<std::unique_ptr<Segmenter>> Segmenter::Create(const std::vector<std::string>& abbreviations,
                                                     const std::vector<std::string>& table_words) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> base(
      icu::BreakIterator::createSentenceInstance(icu::Locale::getEnglish(), status));
  if (U_FAILURE(status)) {
    return Status::Error(std::string("ICU: cannot create a sentence break iterator: ") + u_errorName(status));
  }
  std::unique_ptr<Segmenter> seg(new Segmenter());
  seg->tables_ = TableFinder(table_words);
  seg->breaker_ = std::move(base);
  // The abbreviations are matched as whole words in SplitSentences, not by ICU's
  // FilteredBreakIterator: that suppresses a break after any text that ENDS with an exception,
  // so "al." (of "et al.") kept "potential." and "hospital." from ending sentences, "ca."
  // "America.", and the "O." and "Long." of ICU's own English list "NATO." and "was Long.".
  seg->abbreviations_.insert(abbreviations.begin(), abbreviations.end());
  return seg;
}

Text Segmenter::Segment(const ingest::Document& doc) {
  Text text = Normalize(doc);
  SplitParagraphs(&text);
  if (doc.format == ingest::Format::kMarkdown) {
    // Markdown blocks (headings, list items, quotes) start paragraphs of their own, and a
    // heading ends its paragraph. Their markers are blank in the normalised text, so the
    // original line is consulted.
    std::vector<Paragraph> split;
    for (const auto& p : text.paragraphs) {
      uint32_t begin = p.span.begin;
      bool after_heading = false;
      for (uint32_t pos = p.span.begin; pos < p.span.end;) {
        uint32_t eol = static_cast<uint32_t>(std::min<size_t>(text.text.find('\n', pos), p.span.end));
        auto line_start = static_cast<uint32_t>(pos == 0 ? 0 : text.text.rfind('\n', pos - 1) + 1);
        std::string_view original = doc.source.Slice(text.ToOriginal({line_start, eol}));
        if (pos > begin && (after_heading || StartsMarkdownBlock(original))) {
          split.push_back({{begin, pos - 1}, 0, 0});
          begin = pos;
          while (begin < eol && text.text[begin] == ' ') ++begin;
        }
        size_t first = original.find_first_not_of(' ');
        after_heading = first != std::string_view::npos && original[first] == '#';
        pos = eol + 1;
      }
      split.push_back({{begin, p.span.end}, 0, 0});
    }
    text.paragraphs = std::move(split);
  }
  if (!doc.breaks.empty()) SplitAtBreaks(doc.breaks, &text);
  CapParagraphs(doc.max_paragraph_bytes.value_or(kDefaultMaxParagraphBytes), &text);
  SplitSentences(&text);
  text.tables = tables_.Find(text.text);
  return text;
}

void Segmenter::SplitParagraphs(Text* t) {
  const std::string& s = t->text;
  std::vector<std::string_view> lines;
  for (size_t pos = 0;;) {
    size_t eol = s.find('\n', pos);
    lines.emplace_back(s.data() + pos, (eol == std::string::npos ? s.size() : eol) - pos);
    if (eol == std::string::npos) break;
    pos = eol + 1;
  }
  // Wire copy marks a paragraph by indenting its first line and not its continuation lines. If
  // the text has an indented line followed by an unindented one, every indented line starts a
  // paragraph; otherwise only blank lines separate paragraphs (so a uniformly indented text is not
  // cut at every line).
  bool wire = false;
  for (size_t i = 1; i < lines.size() && !wire; ++i) {
    wire = !IsBlank(lines[i]) && !IsBlank(lines[i - 1]) && Indent(lines[i - 1]) > 0 && Indent(lines[i]) == 0;
  }
  bool open = false;
  uint32_t begin = 0, last_end = 0;
  size_t last_line = 0;  // the length of the paragraph's last line so far
  for (std::string_view line : lines) {
    auto pos = static_cast<uint32_t>(line.data() - s.data());
    if (IsBlank(line)) {
      if (open) t->paragraphs.push_back({{begin, last_end}, 0, 0});
      open = false;
      continue;
    }
    size_t indent = Indent(line);
    if (open && ((wire && indent > 0) || last_line > kUnwrappedLine)) {
      t->paragraphs.push_back({{begin, last_end}, 0, 0});
      open = false;
    }
    if (!open) {
      begin = pos + static_cast<uint32_t>(indent);
      open = true;
    }
    last_end = pos + static_cast<uint32_t>(line.size());
    last_line = line.size();
  }
  if (open) t->paragraphs.push_back({{begin, last_end}, 0, 0});
}

void Segmenter::CapParagraphs(size_t max_bytes, Text* t) {
  if (max_bytes == 0) return;
  const std::string& s = t->text;
  for (auto& p : t->paragraphs) {
    if (p.span.size() <= max_bytes) continue;
    uint32_t cut = p.span.begin + static_cast<uint32_t>(max_bytes);
    while (cut > p.span.begin && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;  // a character's start
    if (cut == p.span.begin) {  // a cap shorter than the first character: keep that character
      ++cut;
      while (cut < p.span.end && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) ++cut;
      if (cut == p.span.end) continue;
    }
    const uint32_t floor = cut - std::min<uint32_t>(cut - p.span.begin, 256);
    for (uint32_t k = cut; k > floor; --k) {
      if (s[k - 1] == ' ' || s[k - 1] == '\n') {
        cut = k;
        break;
      }
    }
    uint32_t end = cut;
    while (end > p.span.begin && (s[end - 1] == ' ' || s[end - 1] == '\n')) --end;
    if (end == p.span.begin) end = cut;  // never empty
    t->unanalysed.push_back({cut, p.span.end});
    p.span.end = end;
  }
}

void Segmenter::SplitSentences(Text* t) {
  const std::string& s = t->text;
  // Sentences: ICU over each paragraph with its line breaks turned into spaces (hard-wrapped
  // copy would otherwise break at every line end).
  for (size_t pi = 0; pi < t->paragraphs.size(); ++pi) {
    Paragraph& p = t->paragraphs[pi];
    p.first_sentence = t->sentences.size();
    scratch_.assign(s, p.span.begin, p.span.size());
    for (char& c : scratch_) {
      if (c == '\n') c = ' ';
    }
    UErrorCode status = U_ZERO_ERROR;
    UText* ut = utext_openUTF8(nullptr, scratch_.data(), static_cast<int64_t>(scratch_.size()), &status);
    std::vector<uint32_t> cuts;
    if (U_SUCCESS(status)) {
      breaker_->setText(ut, status);
      for (int32_t b = breaker_->next(); b != icu::BreakIterator::DONE; b = breaker_->next()) {
        cuts.push_back(static_cast<uint32_t>(b));
      }
      utext_close(ut);
    }
    if (cuts.empty() || cuts.back() != scratch_.size()) cuts.push_back(static_cast<uint32_t>(scratch_.size()));
    uint32_t start = 0;
    for (uint32_t cut : cuts) {
      // A single capital initial ("F. Kennedy") does not end a sentence.
      if (cut < scratch_.size()) {
        size_t e = cut;
        while (e > start && scratch_[e - 1] == ' ') --e;
        const bool initial = e >= 2 && scratch_[e - 1] == '.' && std::isupper(static_cast<unsigned char>(scratch_[e - 2])) &&
                             (e == 2 || !std::isalpha(static_cast<unsigned char>(scratch_[e - 3])));
        // Nor does an abbreviation of the pack, the whole word before the cut ("Gen.", "U.S.",
        // "(Sept.", "then-Sen."), not a word that ends like one ("potential."); either does
        // before a word that opens sentences.
        const auto abbreviation = [&] {
          if (e < 2 || scratch_[e - 1] != '.') return false;
          size_t w = e - 1;
          while (w > start && scratch_[w - 1] != ' ') --w;
          while (w < e && (scratch_[w] == '(' || scratch_[w] == '"' || scratch_[w] == '\'')) ++w;
          const std::string_view word = std::string_view(scratch_).substr(w, e - w);
          // ("then-Sen.", "ex-Gov.": the part after a hyphen.)
          const size_t h = word.rfind('-');
          return abbreviations_.count(word) > 0 || (h != std::string_view::npos && abbreviations_.count(word.substr(h + 1)) > 0);
        };
        if ((initial || abbreviation()) && !OpensSentence(std::string_view(scratch_).substr(cut))) continue;
        // Nor does a question or exclamation inside a quotation that the sentence goes on after
        // in lower case (`"He is dangerous!" said Tom Burke`, `"Why?" he asked`).
        if (std::islower(static_cast<unsigned char>(scratch_[cut])) && EndsQuotedQuestion(scratch_, start, e)) continue;
      }
      uint32_t b = start, e = cut;
      while (b < e && scratch_[b] == ' ') ++b;
      while (e > b && scratch_[e - 1] == ' ') --e;
      if (e > b) t->sentences.push_back({{p.span.begin + b, p.span.begin + e}, pi});
      start = cut;
    }
    p.end_sentence = t->sentences.size();
  }
}

}  // namespace claimcheck::segment
