// One input document: its original bytes, its format, and what of it is not prose.
#ifndef CLAIMCHECK_INGEST_DOCUMENT_H_
#define CLAIMCHECK_INGEST_DOCUMENT_H_

#include <optional>
#include <string>
#include <vector>

#include "base/source_text.h"
#include "base/span.h"
#include "base/status.h"

namespace claimcheck::ingest {

enum class Format { kText, kMarkdown };

// A comment addressed to claimcheck (suppressions): a plain-text line of its own that starts with
// "claimcheck-", or a Markdown/HTML comment "<!-- claimcheck-... -->". `text` is the directive
// without comment markers, e.g. "claimcheck-ignore-next-line: typo.repeated-word".
struct Directive {
  Span span;  // original bytes of the whole comment or line
  std::string text;
};

struct Document {
  SourceText source;
  Format format = Format::kText;
  std::optional<std::string> date;  // YYYY-MM-DD from Markdown front matter `date:`
  Span date_span;                   // where that date is written
  // The configuration's `date:` (.claimcheck.yaml): dates the story only when neither --date,
  // front matter nor a dateline does.
  std::optional<std::string> default_date;
  // Sorted, disjoint byte ranges that are not prose (front matter, code, markup, directives):
  // the text stage blanks them before anything is matched.
  std::vector<Span> hidden;
  // Sorted byte offsets where a paragraph ends although no blank line says so: Markdown table
  // rows and the pipes between their cells. The text stage starts a new paragraph at each, so
  // words in different cells are never adjacent.
  std::vector<uint32_t> breaks;
  std::vector<Directive> directives;
  // The configuration's `max-paragraph-bytes:` (.claimcheck.yaml): how much of one paragraph is
  // analysed (segment/segmenter.h); nullopt: the default; 0: no limit.
  std::optional<size_t> max_paragraph_bytes;
};

Format FormatForPath(const std::string& path);

// Validates and classifies the bytes. Errors (with file:line:column): binary content (a NUL
// byte), UTF-16/32 input, invalid UTF-8 (naming the byte and what is wrong with its sequence),
// Markdown front matter that is not YAML, a front-matter date that is not YYYY-MM-DD or not a
// calendar date. An empty file is a valid, empty document.
Result<Document> LoadDocument(std::string path, std::string bytes);

// Markdown structure that is not prose, as byte ranges (sorted, disjoint). Exposed for tests.
struct MarkdownScan {
  std::vector<Span> hidden;
  std::vector<uint32_t> breaks;
  std::vector<Directive> directives;
  std::optional<Span> front_matter;  // the whole block including its fences
};
MarkdownScan ScanMarkdown(std::string_view text);

}  // namespace claimcheck::ingest

#endif  // CLAIMCHECK_INGEST_DOCUMENT_H_
