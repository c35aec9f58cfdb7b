#include "extract/extractor.h"

#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <map>
#include <set>
#include <string_view>
#include <unordered_map>


namespace claimcheck::extract {
namespace {

// ASCII lower case (what std::tolower does in the "C" locale the program runs in), inline.
inline char LowerByte(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c | 0x20) : c; }

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = LowerByte(c);
  return out;
}

// Whether `s` is `lower` (a lower-case word) in any case, without building a lower-case copy.
bool EqualsLower(std::string_view s, std::string_view lower) {
  if (s.size() != lower.size()) return false;
  for (size_t i = 0; i < s.size(); ++i) {
    if (LowerByte(s[i]) != lower[i]) return false;
  }
  return true;
}

bool Contains(Span outer, Span inner) { return outer.begin <= inner.begin && inner.end <= outer.end; }

// A group by name, or its alternative "<name>2" (RE2 names must be unique, so a pattern with two
// alternatives names the second one's groups with a 2).
std::optional<Span> GroupOrAlt(const rules::Match& m, std::string_view name) {
  if (auto g = m.Group(name); g && !g->empty()) return g;
  if (auto g = m.Group(std::string(name) + "2"); g && !g->empty()) return g;
  return std::nullopt;
}

// Capitalised words that start sentences and are no one's name.
const std::set<std::string, std::less<>> kNotNames = {
    "The", "A", "An", "It", "This", "That", "There", "Here", "What", "Which", "Who", "Everyone", "Nobody", "Someone", "Police",
    "Everything", "Nothing", "One", "None", "All", "Both", "Each", "Many", "Most", "Some", "Monday", "Tuesday",
    "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May",
    "June", "July", "August", "September", "October", "November", "December", "Today", "Yesterday"};

const std::set<std::string, std::less<>> kEntityTypes = {"person", "organization", "outlet", "group", "place"};
const std::set<std::string, std::less<>> kContentModes = {"group", "after", "before"};

EntityType ParseEntityType(std::string_view s) {
  if (s == "person") return EntityType::kPerson;
  if (s == "organization") return EntityType::kOrganization;
  if (s == "outlet") return EntityType::kOutlet;
  if (s == "group") return EntityType::kGroup;
  if (s == "place") return EntityType::kPlace;
  return EntityType::kOther;
}

bool IsPronoun(std::string_view s) {
  if (s.size() < 2 || s.size() > 4) return false;  // most references are names: no copy for them
  return EqualsLower(s, "he") || EqualsLower(s, "she") || EqualsLower(s, "him") || EqualsLower(s, "her") ||
         EqualsLower(s, "they");
}

// Where the quotation marks of paragraph `para` are, in order (the text is normalised: curly
// quotes are straight; two apostrophes are one mark, at the first; a mark between two letters or
// digits is the wire's apostrophe, "OPEC"s", and no mark). A position after an odd number of them
// is inside a quotation: a person named there ('"... Secretary Hillary Clinton's use of a personal
// email system," she said') is no antecedent of a pronoun outside it.
std::vector<uint32_t> QuotationMarks(std::string_view text, Span para) {
  std::vector<uint32_t> marks;
  const auto alnum = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
  for (uint32_t k = para.begin; k < para.end && k < text.size(); ++k) {
    if (text[k] == '"') {
      if (!(k > para.begin && k + 1 < text.size() && alnum(text[k - 1]) && alnum(text[k + 1]))) marks.push_back(k);
    } else if (text[k] == '\'' && k + 1 < para.end && text[k + 1] == '\'') {
      marks.push_back(k);
      ++k;
    }
  }
  return marks;
}

// A common noun that stands for a company or an outlet named before it ("the company", "the
// bank", "the newspaper").
bool IsOrganisationNoun(std::string_view w) {
  static constexpr std::string_view kNouns[] = {"company", "firm", "bank", "group", "corporation", "concern", "carrier", "airline",
                                                "utility", "insurer", "retailer", "maker", "producer", "newspaper", "daily",
                                                "paper", "agency", "network", "broadcaster", "magazine", "ministry", "union"};
  return std::find(std::begin(kNouns), std::end(kNouns), w) != std::end(kNouns);
}

// A pronoun's gender: 1 for he and him, 2 for she and her, 0 for they.
int PronounGender(std::string_view s) {
  if (EqualsLower(s, "he") || EqualsLower(s, "him")) return 1;
  return EqualsLower(s, "she") || EqualsLower(s, "her") ? 2 : 0;
}

std::vector<std::string_view> Tokens(std::string_view s) {
  std::vector<std::string_view> out;
  out.reserve(8);  // (one allocation for a name or a short phrase, not four as the vector grows)
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\n' || s[i] == ',')) ++i;
    size_t b = i;
    while (i < s.size() && s[i] != ' ' && s[i] != '\n' && s[i] != ',') ++i;
    if (i > b) out.push_back(s.substr(b, i - b));
  }
  return out;
}

// A day's name as a whole source ("Monday", "Today").
bool IsDayName(std::string_view w) {
  static constexpr std::string_view kDays[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Today", "Yesterday", "Tonight"};
  return std::find(std::begin(kDays), std::end(kDays), w) != std::end(kDays);
}

// A month's name that is no given name too ("January", "March"; not April, May, June, August).
bool IsMonthName(std::string_view w) {
  static constexpr std::string_view kMonths[] = {"January", "February", "March", "July", "September", "October", "November", "December"};
  return std::find(std::begin(kMonths), std::end(kMonths), w) != std::end(kMonths);
}

// Whether the word right before byte `at` of `text` is a preposition of place or membership
// ("Republicans in Congress", "voters from Texas", "the mayor of Chicago"): a name after it is
// the object of a longer subject, not the source on its own.
bool AfterPreposition(std::string_view text, uint32_t at) {
  size_t e = at;
  while (e > 0 && text[e - 1] == ' ') --e;
  if (e == at) return false;
  size_t b = e;
  while (b > 0 && std::isalpha(static_cast<unsigned char>(text[b - 1]))) --b;
  static constexpr std::string_view kPrepositions[] = {"in", "from", "of", "at", "across", "outside", "inside", "for", "on", "with", "among"};
  const std::string_view w = text.substr(b, e - b);
  return std::find(std::begin(kPrepositions), std::end(kPrepositions), w) != std::end(kPrepositions);
}

// Drops the capitalised words that start a sentence but no name from the front of a reference:
// "On Tuesday Kuvvatov" -> "Kuvvatov", "But Nazarzoda" -> "Nazarzoda", "However, Jill A. Martin"
// -> "Jill A. Martin" (a connective's comma goes with it). `titles`: whether titles before a name
// go too ("Minister Gholamreza Aqazadeh" -> "Gholamreza Aqazadeh"); not in a name of its own
// ("Finance Ministry").
Span TrimLeadingNonNames(std::string_view text, Span span, bool titles = true) {
  // Each word and whether it is a title: the capitalised words that open a sentence ("On",
  // "But", "Monday") go, and so do titles written before a name ("Minister Gholamreza
  // Aqazadeh"), one lookup per word.
  // (A hash of views on the literals: one hash per word instead of a tree's string compares.)
  static const std::unordered_map<std::string_view, bool> kLead = {
      {"On", false}, {"In", false}, {"At", false}, {"By", false}, {"For", false}, {"After", false},
      {"Before", false}, {"But", false}, {"And", false}, {"Or", false}, {"So", false}, {"Yet", false},
      {"Since", false}, {"Until", false}, {"When", false}, {"As", false}, {"Although", false},
      {"Though", false}, {"Because", false}, {"If", false}, {"While", false}, {"Then", false},
      {"Now", false}, {"Also", false}, {"Meanwhile", false}, {"Later", false}, {"Earlier", false},
      {"Last", false}, {"Next", false}, {"This", false}, {"That", false}, {"Early", false}, {"Late", false},
      {"However", false}, {"Moreover", false}, {"Instead", false}, {"Similarly", false}, {"Still", false},
      {"Indeed", false}, {"Separately", false}, {"Likewise", false}, {"Nevertheless", false},
      {"Nonetheless", false}, {"Furthermore", false}, {"Overall", false}, {"Finally", false}, {"Even", false},
      {"Monday", false}, {"Tuesday", false}, {"Wednesday", false}, {"Thursday", false}, {"Friday", false},
      {"Saturday", false}, {"Sunday", false}, {"Today", false}, {"Yesterday", false}, {"Tomorrow", false},
      {"President", true}, {"Minister", true}, {"Secretary", true}, {"General", true}, {"Gen.", true},
      {"Colonel", true}, {"Col.", true}, {"Senator", true}, {"Sen.", true}, {"Governor", true},
      {"Gov.", true}, {"Mayor", true}, {"Chairman", true}, {"Director", true}, {"Ambassador", true},
      {"Judge", true}, {"Dr.", true}, {"Mr.", true}, {"Mrs.", true}, {"Ms.", true}, {"Prime", true},
      {"Deputy", true}, {"Foreign", true}, {"Finance", true}, {"Defence", true}, {"Defense", true},
      {"Interior", true}, {"Economy", true}, {"Trade", true}, {"Energy", true}, {"Agriculture", true},
      {"Chief", true}, {"Vice", true}, {"Acting", true}, {"Former", true}, {"Rep.", true}, {"Lt.", true},
      {"Sgt.", true}, {"Capt.", true}, {"King", true}, {"Queen", true}, {"Prince", true},
      {"Chancellor", true}};
  while (span.begin < span.end) {
    std::string_view rest = text.substr(span.begin, span.size());
    // Every word of kLead is capitalised: a reference that starts otherwise keeps its front.
    if (rest[0] < 'A' || rest[0] > 'Z') break;
    // (A byte loop: find_first_of calls memchr over its set for every byte it passes.)
    size_t sp = 0;
    while (sp < rest.size() && rest[sp] != ' ' && rest[sp] != '\n') ++sp;
    if (sp == rest.size()) break;
    // (A connective or a day before its comma: "However,", "On Thursday,".)
    const size_t word = sp > 1 && rest[sp - 1] == ',' ? sp - 1 : sp;
    const auto lead = kLead.find(rest.substr(0, word));
    if (lead == kLead.end()) break;
    const bool title = lead->second;
    if (title && (!titles || word < sp)) break;
    uint32_t next = span.begin + static_cast<uint32_t>(sp);
    while (next < span.end && (text[next] == ' ' || text[next] == '\n')) ++next;
    // (A title before "of" is the head of its phrase: "Secretary of State John Kerry" keeps it.)
    if (title && next < span.end && text[next] >= 'a' && text[next] <= 'z') break;
    span.begin = next;
  }
  return span;
}

// Where a sentence's prose starts: after a wire dateline ("DUSHANBE, May 1, 2015 - ").
uint32_t AfterDateline(std::string_view text, Span sent) {
  std::string_view s = text.substr(sent.begin, std::min<size_t>(sent.size(), 80));
  // (Two capitals first, tested before the searches: most sentences start "The ...".)
  if (s.size() < 2 || !std::isupper(static_cast<unsigned char>(s[0])) || !std::isupper(static_cast<unsigned char>(s[1]))) {
    return sent.begin;
  }
  size_t dash = s.find(" - ");
  if (dash == std::string_view::npos || s.substr(0, dash).find(',') == std::string_view::npos) return sent.begin;
  return sent.begin + static_cast<uint32_t>(dash + 3);
}

// Where a content ends that a fronted subordinate clause holds: "While Ramos said journalists
// cannot have any political affiliation, he appears uneasy ...", "When two businesses sign a
// licensing agreement, employee benefits are not discussed". When the sentence opens with a
// subordinator and no comma stands between it and the cue, the content ends at the first comma
// that is not a list's or a relative's (", and", ", which", ", including") nor a date's or
// number's (", 2015"): the main clause after it is the narration's. ("As X said, ..." is an
// as-frame of its own, whose content is the main clause: not asked here.)
Span FrontedClauseEnd(std::string_view text, Span sent, Span cue, Span content) {
  if (content.begin < cue.end) return content;
  // Whether the word `w` is one of `words` (lower case), in any case; no copy is built.
  const auto one_of = [](std::string_view w, std::initializer_list<std::string_view> words) {
    return std::any_of(words.begin(), words.end(), [&](std::string_view x) { return EqualsLower(w, x); });
  };
  const auto word_end = [&](uint32_t from, uint32_t limit) {
    while (from < limit && std::isalpha(static_cast<unsigned char>(text[from]))) ++from;
    return from;
  };
  uint32_t b = AfterDateline(text, sent);
  while (b < cue.begin && (text[b] == '"' || text[b] == ' ' || text[b] == '\'' || text[b] == '\n')) ++b;
  uint32_t e = word_end(b, cue.begin);
  // (After a conjunction or a focusing adverb: "But if the emails show that ..., one of Clinton's
  // aides could ...", "Even as he said ..., ...".)
  if (e < cue.begin && text[e] == ' ' && one_of(text.substr(b, e - b), {"but", "and", "yet", "even", "just"})) {
    b = e + 1;
    e = word_end(b, cue.begin);
  }
  if (!one_of(text.substr(b, e - b), {"when", "after", "while", "although", "though", "if", "since", "because", "before", "once", "until",
                                       "unless", "whereas", "having", "despite", "as"})) {
    return content;
  }
  // ("Until now Mannesmann has said only that ...": a time adverb, no clause.)
  if (text.substr(e, 5) == " now " || text.substr(e, 6) == " then ") return content;
  if (text.substr(b, cue.begin - b).find(',') != std::string_view::npos) return content;  // closed before the cue
  const std::string_view c = text.substr(content.begin, content.size());
  for (size_t k = c.find(", "); k != std::string_view::npos; k = c.find(", ", k + 1)) {
    size_t w = k + 2;
    while (w < c.size() && c[w] == ' ') ++w;
    if (w >= c.size() || std::isdigit(static_cast<unsigned char>(c[w]))) continue;
    size_t we = w;
    while (we < c.size() && std::isalpha(static_cast<unsigned char>(c[we]))) ++we;
    if (one_of(c.substr(w, we - w), {"and", "or", "but", "which", "who", "including"})) continue;
    if (k == 0) return content;
    return {content.begin, content.begin + static_cast<uint32_t>(k)};
  }
  return content;
}

// Trims spaces and the punctuation that ends a clause from both ends of `span`.
Span Trim(std::string_view text, Span span) {
  while (span.begin < span.end && std::string_view(" \n,;:").find(text[span.begin]) != std::string_view::npos) ++span.begin;
  while (span.end > span.begin && std::string_view(" \n,;:.").find(text[span.end - 1]) != std::string_view::npos) --span.end;
  return span;
}

// Whether `e` is a person with a title that has the word `head` ("general"), in lower case.
bool HasTitleWord(const Entity& e, std::string_view head) {
  if (e.type != EntityType::kPerson) return false;
  for (const auto& title : e.titles) {
    if (title.size() < head.size()) continue;
    const std::string lowered = Lower(title);  // Tokens views into it
    for (auto tok : Tokens(lowered)) {
      if (tok == head) return true;
    }
  }
  return false;
}

// Working state for one document.
struct Work {
  const segment::Text& text;
  const temporal::DocumentTimes& times;
  DocumentClaims out;
  struct EntityMention {
    Span span;
    int entity;
  };
  // Resolved references by start: lookups stay logarithmic however long the document.
  std::multimap<uint32_t, EntityMention> mentions;
  void AddMention(Span span, int entity) {
    mentions.emplace(span.begin, EntityMention{span, entity});
    if (static_cast<size_t>(entity) >= mentions_of.size()) mentions_of.resize(static_cast<size_t>(entity) + 1);
    mentions_of[static_cast<size_t>(entity)].push_back(span);
  }
  // Each entity's mentions in the order they were added (what a per-entity question reads, not
  // the whole map).
  std::vector<std::vector<Span>> mentions_of;
  // The mentions that start inside `scope`.
  auto MentionsFrom(Span scope) const {
    return std::make_pair(mentions.lower_bound(scope.begin), mentions.lower_bound(scope.end));
  }
  // The time expressions that start inside `scope` (exprs are in text order).
  auto TimesIn(Span scope) const {
    auto first = std::lower_bound(times.exprs.begin(), times.exprs.end(), scope.begin,
                                  [](const temporal::TimeExpr& e, uint32_t pos) { return e.span.begin < pos; });
    auto last = std::lower_bound(first, times.exprs.end(), scope.end,
                                 [](const temporal::TimeExpr& e, uint32_t pos) { return e.span.begin < pos; });
    return std::make_pair(first, last);
  }
  std::map<std::string, int, std::less<>> by_name;

  std::string_view Slice(Span s) const { return text.Slice(s); }

  // The sentence that holds `pos`, as a span (the whole text when there are no sentences).
  // (Between two sentences, the one before; before the first, the first.)
  Span SentenceAt(uint32_t pos) const {
    if (text.sentences.empty()) return {0, static_cast<uint32_t>(text.text.size())};
    return text.sentences[SentenceIndex(pos)].span;
  }
  // The index of that sentence (0 when there are none).
  size_t SentenceIndex(uint32_t pos) const {
    const auto& ss = text.sentences;
    auto it = std::upper_bound(ss.begin(), ss.end(), pos, [](uint32_t p, const segment::Sentence& s) { return p < s.span.begin; });
    return it == ss.begin() ? 0 : static_cast<size_t>(it - ss.begin() - 1);
  }

  int AddEntity(std::string name, EntityType type) {
    for (char& ch : name) {
      if (ch == '\n') ch = ' ';  // a name broken across lines is one name
    }
    if (auto it = by_name.find(name); it != by_name.end()) return it->second;
    Entity e;
    e.name = name;
    e.type = type;
    out.entities.push_back(std::move(e));
    int index = static_cast<int>(out.entities.size() - 1);
    by_name[name] = index;
    // A person named in full is also their surname, unless someone else already is.
    if (type == EntityType::kPerson) {
      auto toks = Tokens(name);
      if (toks.size() >= 2 && std::isupper(static_cast<unsigned char>(toks.back()[0]))) {
        std::string surname(toks.back());
        bool taken = by_name.count(surname) > 0;
        for (auto& other : out.entities) {
          auto it = std::find(other.aliases.begin(), other.aliases.end(), surname);
          if (it == other.aliases.end()) continue;
          other.aliases.erase(it);  // two people share it: it names neither
          taken = true;
        }
        if (!taken) out.entities[index].aliases.push_back(surname);
      }
    }
    return index;
  }
};

}  // namespace

const char* StanceName(Stance s) {
  switch (s) {
    case Stance::kAsserts: return "asserts";
    case Stance::kDenies: return "denies";
    case Stance::kHedges: return "hedges";
  }
  return "asserts";
}

const char* PolarityName(Polarity p) { return p == Polarity::kNegative ? "negative" : "positive"; }

const char* ModalityName(Modality m) {
  switch (m) {
    case Modality::kAsserted: return "asserted";
    case Modality::kReported: return "reported";
    case Modality::kHedged: return "hedged";
    case Modality::kDenied: return "denied";
  }
  return "asserted";
}

const char* EntityTypeName(EntityType t) {
  switch (t) {
    case EntityType::kPerson: return "person";
    case EntityType::kOrganization: return "organization";
    case EntityType::kOutlet: return "outlet";
    case EntityType::kGroup: return "group";
    case EntityType::kPlace: return "place";
    case EntityType::kOther: return "other";
  }
  return "other";
}

Result<Extractor> Extractor::Create(const rules::RuleSet& rules, const std::vector<const rules::Rule*>* only) {
  Extractor x;
  std::vector<const rules::Rule*> list;
  if (only) {
    list = *only;
  } else {
    for (const char* kind : {"entity", "attribution", "claim"}) {
      for (const rules::Rule* r : rules.RulesOfKind(kind)) list.push_back(r);
    }
  }
  auto where = [](const rules::Rule* r, const char* key) {
    return r->param_where.count(key) ? r->param_where.at(key) : r->where;
  };
  for (const rules::Rule* r : list) {
    const std::string& id = r->id;
    if (r->kind == "entity") {
      if (!kEntityTypes.count(r->Param("type"))) {
        return Status::Error("rule '" + id + "': type must be person, organization, outlet, group or place, got '" +
                                 r->Param("type") + "'",
                             where(r, "type"));
      }
      if (r->GroupIndex("name") < 0) return Status::Error("rule '" + id + "': an entity rule needs a `name` group", r->where);
    } else if (r->kind == "attribution") {
      const std::string& mode = r->Param("content");
      if (!kContentModes.count(mode)) {
        return Status::Error("rule '" + id + "': content must be group, after or before, got '" + mode + "'",
                             where(r, "content"));
      }
      if (r->GroupIndex("cue") < 0) return Status::Error("rule '" + id + "': an attribution rule needs a `cue` group", r->where);
      if (mode == "group" && r->GroupIndex("content") < 0) {
        return Status::Error("rule '" + id + "': content: group needs a `content` group", where(r, "content"));
      }
    } else if (r->kind == "claim") {
      if (r->GroupIndex("subject") < 0) return Status::Error("rule '" + id + "': a claim rule needs a `subject` group", r->where);
      if (r->Param("attribute").empty()) return Status::Error("rule '" + id + "': attribute is empty", where(r, "attribute"));
      for (const auto& ph : rules::TemplatePlaceholders(r->Param("value"))) {
        if (r->GroupIndex(ph) < 0) {
          return Status::Error("rule '" + id + "': value refers to {" + ph + "}, which is not a named group", where(r, "value"));
        }
      }
    }
  }
  auto matcher = rules::Matcher::Build(list);
  if (!matcher.ok()) return matcher.status();
  x.matcher_ = std::move(matcher).value();
  for (const auto& pack : rules.packs()) {
    auto add = [&](const char* name, std::vector<std::string>* to) {
      if (auto it = pack.lexicons.find(name); it != pack.lexicons.end()) {
        for (const auto& w : it->second) to->push_back(Lower(w));
      }
    };
    add("cue-asserts", &x.asserts_);
    add("cue-denies", &x.denies_);
    add("cue-hedges", &x.hedges_);
    add("hedge", &x.hedge_words_);
    for (const auto& [name, words] : pack.lexicons) {
      if (name.rfind("count-", 0) != 0) continue;
      for (const auto& word : words) x.number_words_[Lower(word)] = name.substr(6);
    }
    if (auto it = pack.lexicons.find("given-female"); it != pack.lexicons.end()) x.given_female_.insert(x.given_female_.end(), it->second.begin(), it->second.end());
    if (auto it = pack.lexicons.find("given-male"); it != pack.lexicons.end()) x.given_male_.insert(x.given_male_.end(), it->second.begin(), it->second.end());
    for (const char* name : {"org-head", "org-suffix"}) {
      if (auto it = pack.lexicons.find(name); it != pack.lexicons.end()) x.org_heads_.insert(x.org_heads_.end(), it->second.begin(), it->second.end());
    }
  }
  for (auto* v : {&x.asserts_, &x.denies_, &x.hedges_, &x.given_female_, &x.given_male_, &x.org_heads_}) std::sort(v->begin(), v->end());
  if (!only) {
    auto frames = FrameFinder::Create(rules);
    if (frames.ok()) x.frames_ = std::move(frames).value();
  }
  return x;
}

std::vector<rules::Match> Extractor::Matches(std::string_view text) const {
  std::vector<rules::Match> out;
  matcher_.FindAll(text, {0, static_cast<uint32_t>(text.size())}, &out);
  return out;
}

DocumentClaims Extractor::Extract(const segment::Text& text, const temporal::DocumentTimes& times) const {
  Work w{text, times, {}, {}, {}};
  const std::string& t = text.text;
  const auto size = static_cast<uint32_t>(t.size());

  // Headlines and other Title Case lines ("Renegade General Still At Large") are not prose:
  // every word looks like a name there, so they are not matched at all.
  auto is_title_case = [&](Span para_span) {
    // A headline does not end like a sentence (most paragraphs do: no word count for them).
    std::string_view para = w.Slice(para_span);
    while (!para.empty() && (para.back() == ' ' || para.back() == '\n')) para.remove_suffix(1);
    bool ends_sentence = !para.empty() && std::string_view(".?!\"')").find(para.back()) != std::string_view::npos;
    if (ends_sentence) return false;
    int words = 0, capitalised = 0;
    for (size_t i = 0; i < para.size();) {
      while (i < para.size() && (para[i] == ' ' || para[i] == '\n' || para[i] == ',')) ++i;
      const size_t b = i;
      while (i < para.size() && para[i] != ' ' && para[i] != '\n' && para[i] != ',') ++i;
      if (i - b < 4) continue;
      ++words;
      capitalised += std::isupper(static_cast<unsigned char>(para[b])) ? 1 : 0;
    }
    return words >= 3 && capitalised * 10 >= words * 7;
  };
  std::vector<rules::Match> matches;
  std::vector<bool> headline;  // per paragraph
  if (text.paragraphs.empty()) {
    matcher_.FindAll(t, {0, size}, &matches);
  } else {
    for (const auto& p : text.paragraphs) {
      headline.push_back(is_title_case(p.span));
      if (!headline.back()) matcher_.FindAll(t, {p.span.begin, std::min(p.span.end + 1, size)}, &matches);
    }
  }
  std::vector<const rules::Match*> entity_m, attribution_m, claim_m;
  for (const auto& m : matches) {
    if (m.rule->kind == "entity") entity_m.push_back(&m);
    else if (m.rule->kind == "attribution") attribution_m.push_back(&m);
    else if (m.rule->kind == "claim") claim_m.push_back(&m);
  }
  auto by_pos = [](const rules::Match* a, const rules::Match* b) {
    return a->span.begin != b->span.begin ? a->span.begin < b->span.begin : a->span.end > b->span.end;
  };
  std::stable_sort(entity_m.begin(), entity_m.end(), by_pos);
  std::stable_sort(attribution_m.begin(), attribution_m.end(), by_pos);
  std::stable_sort(claim_m.begin(), claim_m.end(), by_pos);

  auto is_cue = [&](std::string_view word) {
    std::string l = Lower(word);
    for (const auto* v : {&asserts_, &denies_, &hedges_}) {
      if (std::binary_search(v->begin(), v->end(), l)) return true;
    }
    return false;
  };

  // --- Entities. A name glued to a cue verb ("Khovarwrote", a typo the lint checks report) is
  // the name without it.
  for (const rules::Match* m : entity_m) {
    auto name_span = GroupOrAlt(*m, "name");
    if (!name_span) continue;
    std::string name(w.Slice(*name_span));
    for (size_t cut = 3; cut + 3 <= name.size(); ++cut) {
      if (std::islower(static_cast<unsigned char>(name[cut])) && is_cue(std::string_view(name).substr(cut)) &&
          name.find(' ', cut) == std::string::npos) {
        name_span->end = name_span->begin + static_cast<uint32_t>(cut);
        name.resize(cut);
        break;
      }
    }
    EntityType type = ParseEntityType(m->rule->Param("type"));
    // A name that the sentence's opening words run into ("On Thursday, the official", "In
    // Washington, a spokesman", "But David Pennington", "An Interior Ministry", "The World Bank"):
    // the words go, and what is left of a person's or an organisation's name must still be two
    // words. (An outlet keeps its own: "Sunday Times".)
    // So do a month's name before or after it ("January Henkel", "Felix Houphouet-Boigny March":
    // not April, May, June or August, which are given names too), a possessive's "'s" ("Donald
    // Trump's campaign") and a person's "The" ("The Washington Post" is nobody's name; "An Wang"
    // is).
    if (type == EntityType::kPerson || type == EntityType::kOrganization) {
      Span trimmed = TrimLeadingNonNames(t, *name_span, false);
      std::string_view rest = w.Slice(trimmed);
      for (std::string_view article : {std::string_view("The "), std::string_view("An "), std::string_view("A ")}) {
        if (rest.starts_with(article) && (type == EntityType::kOrganization || article == "The ")) {
          trimmed.begin += static_cast<uint32_t>(article.size());
          break;
        }
      }
      rest = w.Slice(trimmed);
      for (std::string_view possessive : {std::string_view("'s"), std::string_view("\u2019s")}) {
        if (rest.ends_with(possessive)) {
          trimmed.end -= static_cast<uint32_t>(possessive.size());
          break;
        }
      }
      rest = w.Slice(trimmed);
      const size_t first_space = rest.find_first_of(" \n"), last_space = rest.find_last_of(" \n");
      if (first_space != std::string_view::npos && IsMonthName(rest.substr(0, first_space))) {
        trimmed.begin += static_cast<uint32_t>(first_space + 1);
      } else if (last_space != std::string_view::npos && IsMonthName(rest.substr(last_space + 1))) {
        trimmed.end = trimmed.begin + static_cast<uint32_t>(last_space);
      }
      if (trimmed.begin != name_span->begin || trimmed.end != name_span->end) {
        if (Tokens(w.Slice(trimmed)).size() < 2) continue;
        *name_span = trimmed;
        name = std::string(w.Slice(*name_span));
      }
    }
    const int index = w.AddEntity(name, type);  // the known entity when the name is known
    Entity& e = w.out.entities[index];
    e.mentions.push_back(*name_span);
    if (auto title = m->Group("title"); title && !title->empty()) {
      std::string tt(w.Slice(*title));
      // "the secretary of ..." -> "secretary of ..."
      for (const char* art : {"the ", "The ", "a ", "an ", "A ", "An "}) {
        if (tt.rfind(art, 0) == 0) tt = tt.substr(std::string_view(art).size());
      }
      // "deputy defense minister and general" -> two titles.
      size_t pos = 0;
      while (true) {
        size_t amp = tt.find(" and ", pos);
        std::string part = tt.substr(pos, amp == std::string::npos ? std::string::npos : amp - pos);
        if (!part.empty() && std::find(e.titles.begin(), e.titles.end(), part) == e.titles.end()) e.titles.push_back(part);
        if (amp == std::string::npos) break;
        pos = amp + 5;
      }
    }
    w.AddMention(*name_span, index);
  }
  // A person's gender where the story or the name shows it (1 male, 2 female, 0 unknown or both):
  // "Mr."/"Mrs."/"Ms."/"Miss" before a mention, a title in -woman (spokeswoman, chairwoman) or
  // king/queen, prince/princess, and a given name in the given-male or given-female lexicon.
  // (The honorifics are read once per mention, as mentions come: a long story with many
  // pronouns reads each mention once, not once per pronoun.)
  struct HonorificsSeen {
    bool male = false, female = false;
    size_t read = 0;  // mentions read so far
  };
  std::vector<HonorificsSeen> honorifics;
  auto gender_of = [&](int e) {
    const Entity& ent = w.out.entities[e];
    if (static_cast<size_t>(e) >= honorifics.size()) honorifics.resize(static_cast<size_t>(e) + 1);
    HonorificsSeen& h = honorifics[static_cast<size_t>(e)];
    const std::vector<Span>* spans = static_cast<size_t>(e) < w.mentions_of.size() ? &w.mentions_of[static_cast<size_t>(e)] : nullptr;
    for (; spans && h.read < spans->size(); ++h.read) {
      const Span m = (*spans)[h.read];
      const std::string_view before = w.Slice({m.begin >= 6 ? m.begin - 6 : 0, m.begin});
      h.male = h.male || before.ends_with("Mr. ") || before.ends_with("Mr ");
      h.female = h.female || before.ends_with("Mrs. ") || before.ends_with("Ms. ") || before.ends_with("Mrs ") ||
                 before.ends_with("Ms ") || before.ends_with("Miss ");
    }
    bool male = h.male, female = h.female;
    for (const std::string& title : ent.titles) {
      const std::string l = Lower(title);
      female = female || l.ends_with("woman") || l.ends_with("queen") || l.ends_with("princess");
      male = male || l.ends_with("king") || l.ends_with("prince");
    }
    if (const auto toks = Tokens(ent.name); toks.size() >= 2) {
      const std::string first(toks.front());
      female = female || std::binary_search(given_female_.begin(), given_female_.end(), first);
      male = male || std::binary_search(given_male_.begin(), given_male_.end(), first);
    }
    return male == female ? 0 : male ? 1 : 2;
  };
  // Whether a position is inside a quotation of its paragraph (QuotationMarks).
  // (Each paragraph's quotation marks are found once, then a position is a binary search: a
  // paragraph of a megabyte with thousands of pronouns is read once, not once per pronoun.)
  std::unordered_map<size_t, std::vector<uint32_t>> quotation_marks;  // by paragraph index
  auto in_quotation = [&](uint32_t pos) {
    const auto& ps = text.paragraphs;
    auto it = std::upper_bound(ps.begin(), ps.end(), pos, [](uint32_t p, const segment::Paragraph& q) { return p < q.span.begin; });
    if (it == ps.begin()) return false;
    const size_t pi = static_cast<size_t>(std::prev(it) - ps.begin());
    auto [marks, fresh] = quotation_marks.try_emplace(pi);
    if (fresh) marks->second = QuotationMarks(t, ps[pi].span);
    const auto& at = marks->second;
    return (std::lower_bound(at.begin(), at.end(), pos) - at.begin()) % 2 == 1;
  };
  // The one organisation or outlet named before `ref` in its sentence, else in the sentence
  // before, when it spoke there before `ref` ("Exxon Corp said it would close the plant. It said
  // ...", "... The company said ..."); -1 when there is none or more than one. (Not one that only
  // was named: "In a filing with the Securities and Exchange Commission, Metropolitan said ... It
  // also said" is not the commission.)
  std::map<uint32_t, std::pair<uint32_t, int>> spoken_at;  // a frame's cue begin -> its end and speaker (add_frame)
  // The window a pronoun looks back over: its own sentence (back 0) or the one before (back 1),
  // or nothing before the story's first; and the entities of the kinds `fits` takes that are named
  // in it before `ref`, not inside a quotation that `ref` is outside of.
  auto window = [&](Span ref, int back) -> std::optional<Span> {
    const size_t si = w.SentenceIndex(ref.begin);
    if (back > static_cast<int>(si)) return std::nullopt;
    return text.sentences.empty() ? Span{0, size} : text.sentences[si - static_cast<size_t>(back)].span;
  };
  auto named_before = [&](Span ref, Span sent, auto fits) {
    std::set<int> found;
    for (auto [it, end] = w.MentionsFrom({sent.begin, ref.begin}); it != end; ++it) {
      const auto& mm = it->second;
      if (mm.span.end <= ref.begin && mm.span.end <= sent.end && fits(w.out.entities[mm.entity].type) &&
          (!in_quotation(mm.span.begin) || in_quotation(ref.begin))) {
        found.insert(mm.entity);
      }
    }
    return found;
  };
  auto spoken_organisation = [&](Span ref) -> int {
    for (int back = 0; back < 2; ++back) {
      const auto sent_or = window(ref, back);
      if (!sent_or) break;
      const Span sent = *sent_or;
      const std::set<int> orgs =
          named_before(ref, sent, [](EntityType type) { return type == EntityType::kOrganization || type == EntityType::kOutlet; });
      if (orgs.size() > 1) return -1;
      if (orgs.size() == 1) {
        const int org = *orgs.begin();
        bool spoke = false;
        for (auto it = spoken_at.lower_bound(sent.begin); it != spoken_at.end() && it->first < ref.begin && !spoke; ++it) {
          spoke = it->second.second == org && it->second.first <= ref.begin;
        }
        return spoke ? org : -1;
      }
    }
    return -1;
  };
  // Resolves a reference (a name, a surname, a pronoun, a definite description) to an entity.
  auto resolve = [&](Span ref) -> int {
    std::string_view s = w.Slice(ref);
    if (s.empty()) return -1;
    // "It" is the one organisation or outlet named before it in its sentence, else in the
    // sentence before, that spoke there before it (spoken_organisation).
    if (s.size() == 2 && EqualsLower(s, "it")) return spoken_organisation(ref);
    if (IsPronoun(s)) {
      if (EqualsLower(s, "they")) return -1;
      // The people mentioned before it in its sentence, else in the sentence before: exactly one.
      for (int back = 0; back < 2; ++back) {
        const auto sent = window(ref, back);
        if (!sent) break;
        const std::set<int> people = named_before(ref, *sent, [](EntityType type) { return type == EntityType::kPerson; });
        if (people.size() == 1) return *people.begin();
        if (people.size() > 1) {
          // Gender where it is known: "Mrs. Clinton met Mr. Trump. She said ..." is Clinton. Only
          // when every candidate's gender is known: a person of unknown gender may be the one
          // meant, and so may someone the story names but no rule made a person.
          const int want = PronounGender(s);
          int fit = -1, fits = 0;
          for (int e : people) {
            const int g = gender_of(e);
            if (g == 0) return -1;
            if (g == want) {
              fit = e;
              ++fits;
            }
          }
          return fits == 1 ? fit : -1;
        }
      }
      return -1;
    }
    if (auto it = w.by_name.find(s); it != w.by_name.end()) return it->second;
    for (size_t i = 0; i < w.out.entities.size(); ++i) {
      for (const auto& a : w.out.entities[i].aliases) {
        if (a == s) return static_cast<int>(i);
      }
    }
    // A definite description: "the renegade general" is the one person titled general.
    if (s.size() >= 4 && EqualsLower(s.substr(0, 4), "the ")) {
      const std::string l = Lower(s);  // Tokens views into it
      auto toks = Tokens(l);
      std::string head(toks.back());
      int found = -1;
      for (size_t i = 0; i < w.out.entities.size(); ++i) {
        if (!HasTitleWord(w.out.entities[i], head)) continue;
        if (found >= 0 && found != static_cast<int>(i)) return -1;
        found = static_cast<int>(i);
      }
      // "the company", "the bank", "the newspaper": as "it" (spoken_organisation).
      if (found < 0 && toks.size() == 2 && IsOrganisationNoun(head)) return spoken_organisation(ref);
      return found;
    }
    return -1;
  };
  // Whether anyone named in the story holds a title with this word ("general").
  auto TitleHeld = [&](std::string_view head) {
    return std::any_of(w.out.entities.begin(), w.out.entities.end(),
                       [&](const Entity& e) { return HasTitleWord(e, head); });
  };
  auto add_alias = [&](int entity, std::string_view alias) {
    auto& e = w.out.entities[entity];
    if (alias == e.name || IsPronoun(alias)) return;
    if (std::find(e.aliases.begin(), e.aliases.end(), alias) == e.aliases.end()) e.aliases.emplace_back(alias);
  };

  // --- Attribution frames, with the time each was made (a time in the cue's sentence outside
  // its content, nearest the cue).
  struct FrameExtra {
    std::optional<std::chrono::sys_days> made_first, made_last;
    std::string made_text;
  };
  std::vector<FrameExtra> extras;
  // (Room for the pattern rules' frames up front: no Attribution is moved as the vectors grow.)
  w.out.attributions.reserve(attribution_m.size());
  extras.reserve(attribution_m.size());
  std::map<uint32_t, uint32_t> taken_cues;  // begin -> end, disjoint
  std::set<uint32_t> separate_continuation;  // cues of token frames whose quotation is not merged
  // Adds a frame: its source resolved to a speaker and shown in its chain, its outlet, and the
  // time it was made (a time in the cue's sentence outside its content, nearest the cue).
  auto add_frame = [&](Span cue, Span content, std::optional<Span> src, std::optional<Span> outlet, std::string rule,
                       std::optional<Span> antecedent = std::nullopt, bool negated = false) {
    Span sent = w.SentenceAt(cue.begin);
      Attribution a;
      a.cue = {cue, std::string(w.Slice(cue))};
      a.content = {content, std::string(w.Slice(content))};
      a.rule = std::move(rule);
      std::string cue_word = Lower(w.Slice(cue));
      // (A negated verb group commits the source to nothing: "did not say whether", "has not
      // denied".)
      a.negated = negated;
      if (negated) a.stance = Stance::kHedges;
      else if (std::binary_search(denies_.begin(), denies_.end(), cue_word)) a.stance = Stance::kDenies;
      else if (std::binary_search(hedges_.begin(), hedges_.end(), cue_word)) a.stance = Stance::kHedges;
      if (src && !src->empty()) {
        Span s = TrimLeadingNonNames(t, Trim(t, *src));
        // A source found inside a longer name ("York Stock Exchange" in "The New York Stock
        // Exchange said") is the whole name.
        while (s.begin >= 2 && t[s.begin - 1] == ' ') {
          uint32_t b = s.begin - 1;
          while (b > 0 && std::isalpha(static_cast<unsigned char>(t[b - 1]))) --b;
          // (Not over the cue before an inverted source: "Stated Stone:".)
          if (b == s.begin - 1 || !std::isupper(static_cast<unsigned char>(t[b])) || b < sent.begin || (s.begin >= cue.end && b < cue.end)) break;
          s.begin = b;
        }
        s = TrimLeadingNonNames(t, s);  // "But a source ..." is "a source ...".
        a.source = TextRef{s, std::string(w.Slice(s))};
        // A person named only here ("John Smith said", "Jill A. Martin, vice president"): two or
        // three capitalised words, not an organisation's name, not starting the sentence with an
        // article.
        auto name_like = [&](Span r) {
          // (A lower-case word anywhere says no before any copy: "a spokesman for the company".)
          const std::string_view text_of = w.Slice(r);
          if (text_of.empty() || !std::isupper(static_cast<unsigned char>(text_of[0]))) return false;
          for (size_t k = 1; k < text_of.size(); ++k) {
            if ((text_of[k - 1] == ' ' || text_of[k - 1] == '\n') && std::islower(static_cast<unsigned char>(text_of[k]))) return false;
          }
          auto toks = Tokens(text_of);
          bool like = toks.size() >= 2 && toks.size() <= 3;
          for (auto tok : toks) like = like && std::isupper(static_cast<unsigned char>(tok[0])) && tok.find('\'') == std::string_view::npos;
          if (like) {
            const std::string_view first = toks.front();
            like = !EqualsLower(first, "the") && !EqualsLower(first, "a") && !EqualsLower(first, "an");
            like = like && !std::binary_search(org_heads_.begin(), org_heads_.end(), toks.back(), std::less<>());
          }
          return like;
        };
        // A company named only where it speaks ("Exxon Corp said", "FFB Corp, parent of the First
        // Federal Bank, said"): two to four capitalised words that end in an organisation's word.
        // (Its last word first, with no copy: most sources end in no organisation's word.)
        auto org_like = [&](Span r) {
          const std::string_view text_of = w.Slice(r);
          size_t last = text_of.size();  // (a byte loop: find_last_of tests each byte against its set by a call)
          while (last > 0 && text_of[last - 1] != ' ' && text_of[last - 1] != '\n') --last;
          if (last == 0 || last == text_of.size() || !std::isupper(static_cast<unsigned char>(text_of[last])) ||
              !std::binary_search(org_heads_.begin(), org_heads_.end(), text_of.substr(last), std::less<>())) {
            return false;
          }
          const auto toks = Tokens(text_of);
          bool org = toks.size() >= 2 && toks.size() <= 4 && !EqualsLower(toks.front(), "the");
          for (auto tok : toks) org = org && std::isupper(static_cast<unsigned char>(tok[0]));
          return org;
        };
        // The speaker: the head of an appositive source, the words before its comma, when they
        // name someone ("Jill A. Martin, vice president of the Trump Organization" is Jill A.
        // Martin, not the organisation); else an entity named inside the source ("the secretary
        // ... Abdulrakhim Kahharov", "a spokesman for Exxon"); else the source resolved as a
        // reference.
        auto speaker_of = [&](Span r) {
          if (const size_t comma = w.Slice(r).find(','); comma != std::string_view::npos && comma > 0) {
            const Span head{r.begin, r.begin + static_cast<uint32_t>(comma)};
            for (auto [it, end] = w.MentionsFrom(head); it != end; ++it) {
              if (Contains(head, it->second.span)) return it->second.entity;
            }
            if (name_like(head)) return w.AddEntity(std::string(w.Slice(head)), EntityType::kPerson);
            if (org_like(head)) return w.AddEntity(std::string(w.Slice(head)), EntityType::kOrganization);
          }
          int e = -1;
          for (auto [it, end] = w.MentionsFrom(r); it != end; ++it) {
            if (Contains(r, it->second.span)) e = it->second.entity;
          }
          return e >= 0 ? e : resolve(r);
        };
        a.speaker = speaker_of(s);
        // A relative pronoun ("who", "that") names the speaker through the phrase before it.
        if (a.speaker < 0 && antecedent) a.speaker = speaker_of(*antecedent);
        if (a.speaker < 0 && name_like(s)) a.speaker = w.AddEntity(std::string(w.Slice(s)), EntityType::kPerson);
        if (a.speaker < 0 && org_like(s)) a.speaker = w.AddEntity(std::string(w.Slice(s)), EntityType::kOrganization);
        std::string display;
        if (a.speaker >= 0) {
          display = w.out.entities[a.speaker].name;
          w.AddMention(s, a.speaker);
        } else {
          display = antecedent ? std::string(w.Slice(*antecedent)) : a.source->text;
          // (Its first word, as Tokens would cut it, with no copy.)
          const std::string_view d = display;
          const size_t b = d.find_first_not_of(" \n,");
          if (b != std::string_view::npos) {
            const std::string_view first = d.substr(b, d.find_first_of(" \n,", b) - b);
            if (b == 0 && (EqualsLower(first, "a") || EqualsLower(first, "an") || EqualsLower(first, "the") || EqualsLower(first, "one") ||
                           EqualsLower(first, "some") || EqualsLower(first, "several"))) {
              display[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(display[0])));
            }
          }
        }
        a.chain.push_back(display);
      }
      if (!a.source) a.chain.push_back("unnamed " + Lower(a.cue.text));  // "unnamed reports"
      if (outlet && !outlet->empty()) {
        std::string name;
        for (auto [it, end] = w.MentionsFrom(*outlet); it != end; ++it) {
          if (Contains(*outlet, it->second.span)) name = w.out.entities[it->second.entity].name;
        }
        if (name.empty()) name = std::string(w.Slice(*outlet));
        a.chain.push_back(name);
      }
      FrameExtra x;
      uint32_t best = UINT32_MAX;
      const uint32_t prose = AfterDateline(t, sent);  // a dateline dates the story, not the frame
      for (auto [it, end] = w.TimesIn(sent); it != end; ++it) {
        const auto& e = *it;
        if (!e.first || !Contains(sent, e.span) || Contains(content, e.span) || e.span.begin < prose) continue;
        if (e.value == "PRESENT_REF") continue;
        uint32_t d = e.span.begin >= cue.end ? e.span.begin - cue.end : cue.begin - std::min(cue.begin, e.span.end);
        if (d < best) {
          best = d;
          x.made_first = e.first;
          x.made_last = e.last;
          x.made_text = std::string(w.Slice(e.span));
        }
      }
    taken_cues.emplace(cue.begin, cue.end);
    if (a.speaker >= 0) spoken_at.emplace(cue.begin, std::make_pair(cue.end, a.speaker));
    w.out.attributions.push_back(std::move(a));
    extras.push_back(std::move(x));
  };
  // The token layer's frames (extract/frames.h), added below where no pattern rule found one.
  const std::vector<FrameMatch> found = frames_.Find(text, headline);
  for (const rules::Match* m : attribution_m) {
    auto cue = m->Group("cue");
    if (!cue || cue->empty()) continue;
    // A pattern's source that is a name after a preposition ("Republicans in Congress say that
    // ...": "Congress") is only part of the subject: the token layer's frame of the same cue,
    // whose source is the whole phrase, is the one kept.
    if (auto src = m->Group("source"); src && AfterPreposition(text.text, src->begin) &&
        std::any_of(found.begin(), found.end(),
                    [&](const FrameMatch& f) { return f.cue.begin == cue->begin && f.source && f.source->begin < src->begin; })) {
      continue;
    }
    // "Having said that, ...": an idiom of the narration, not a source named "Having".
    if (auto src = m->Group("source"); src && src->size() == 6 && EqualsLower(w.Slice(*src), "having")) continue;
    bool overlap = false;
    // Disjoint spans by start: only the neighbours of this cue can overlap it.
    auto next = taken_cues.lower_bound(cue->begin);
    if (next != taken_cues.end() && next->first < cue->end) overlap = true;
    if (next != taken_cues.begin() && std::prev(next)->second > cue->begin) overlap = true;
    if (overlap) continue;
    // A day is no source: "The State Department on Monday said that ..." (the source macro's
    // capitalised word); the token frames find the subject before the day.
    if (auto src = m->Group("source"); src && IsDayName(w.Slice(*src))) continue;
    Span sent = w.SentenceAt(cue->begin);
    const std::string& mode = m->rule->Param("content");
    Span content;
    if (mode == "group") {
      auto g = m->Group("content");
      if (!g) continue;
      content = *g;
    } else if (mode == "after") {
      // After the match, or from a `content` group that the pattern needed to see.
      uint32_t start = m->span.end;
      if (auto g = m->Group("content"); g && !g->empty()) start = g->begin;
      content = {start, std::max(start, sent.end)};
      // The content ends at a participle clause (", contradicting ...", ", citing ...").
      std::string_view rest = w.Slice(content);
      for (size_t c = rest.find(", "); c != std::string_view::npos; c = rest.find(", ", c + 1)) {
        size_t e = c + 2;
        while (e < rest.size() && std::isalpha(static_cast<unsigned char>(rest[e]))) ++e;
        std::string_view word = rest.substr(c + 2, e - c - 2);
        if (word.size() > 4 && word.ends_with("ing")) {
          content.end = content.begin + static_cast<uint32_t>(c);
          break;
        }
      }
      content = FrontedClauseEnd(t, sent, *cue, Trim(t, content));
    } else {
      content = Trim(t, {AfterDateline(t, sent), m->span.begin});
    }
    if (content.empty()) continue;
    add_frame(*cue, content, m->Group("source"), m->Group("outlet"), m->rule->id);
  }
  // Frames from the token layer (extract/frames.h) where no pattern rule found one: a cue of
  // their own, and content that is not mostly another frame's.
  {
    std::vector<Span> contents;
    uint32_t longest = 0;
    for (const auto& a : w.out.attributions) {
      contents.push_back(a.content.span);
      longest = std::max(longest, a.content.span.size());
    }
    std::sort(contents.begin(), contents.end(), [](Span x, Span y) { return x.begin < y.begin; });
    w.out.attributions.reserve(w.out.attributions.size() + found.size());
    extras.reserve(w.out.attributions.capacity());
    for (const FrameMatch& f : found) {
      auto next = taken_cues.lower_bound(f.cue.begin);
      if (next != taken_cues.end() && next->first < f.cue.end) continue;
      if (next != taken_cues.begin() && std::prev(next)->second > f.cue.begin) continue;
      bool covered = false;
      // Only contents that start at most `longest` bytes before this one can overlap it.
      const uint32_t from = f.content.begin > longest ? f.content.begin - longest : 0;
      auto first = std::lower_bound(contents.begin(), contents.end(), from, [](Span x, uint32_t pos) { return x.begin < pos; });
      for (auto it = first; it != contents.end(); ++it) {
        const Span c = *it;
        if (c.begin >= f.content.end) break;
        uint32_t lo = std::max(c.begin, f.content.begin), hi = std::min(c.end, f.content.end);
        covered = covered || (hi > lo && 2 * (hi - lo) >= f.content.size());
      }
      if (covered) continue;
      if (!f.merges_continuation) separate_continuation.insert(f.cue.begin);
      Span content = f.content;
      if (const std::string_view form = f.form; form == "bare-clause" || form == "that-clause" || form == "object") {
        content = FrontedClauseEnd(t, w.SentenceAt(f.cue.begin), f.cue, content);
      }
      add_frame(f.cue, content, f.source, f.outlet, std::string("tokens/") + f.form, f.antecedent, f.negated);
    }
  }
  // Frames in text order (by the start of their content).
  auto sort_frames = [&] {
    // (Most stories' frames are in order already: then there is nothing to move.)
    if (std::is_sorted(w.out.attributions.begin(), w.out.attributions.end(), [](const Attribution& x, const Attribution& y) {
          return x.content.span.begin < y.content.span.begin;
        })) {
      return;
    }
    std::vector<size_t> order(w.out.attributions.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](size_t x, size_t y) {
      return w.out.attributions[x].content.span.begin < w.out.attributions[y].content.span.begin;
    });
    std::vector<Attribution> sorted;
    std::vector<FrameExtra> sorted_x;
    for (size_t i : order) {
      sorted.push_back(std::move(w.out.attributions[i]));
      sorted_x.push_back(std::move(extras[i]));
    }
    w.out.attributions = std::move(sorted);
    extras = std::move(sorted_x);
  };
  // The frames whose content starts inside `scope`, as an index range (frames sorted).
  auto frames_in = [&](Span scope) {
    auto by_begin = [](const Attribution& f, uint32_t pos) { return f.content.span.begin < pos; };
    auto first = std::lower_bound(w.out.attributions.begin(), w.out.attributions.end(), scope.begin, by_begin);
    auto last = std::lower_bound(first, w.out.attributions.end(), scope.end, by_begin);
    return std::make_pair(static_cast<size_t>(first - w.out.attributions.begin()),
                          static_cast<size_t>(last - w.out.attributions.begin()));
  };
  sort_frames();
  // A clause reported by a cue after it ("It also wants to stop state policies ..., the group
  // says", "... voters who say they will vote ..., according to the poll") is what that source
  // says: a clause, object or infinitive frame whose cue lies inside it is part of it, not a
  // frame of its own (PolNeAR does not nest them). A quotation inside keeps its frame (`"...,"
  // the pope told reporters, according to Reuters`).
  {
    std::vector<Span> reported;
    for (const auto& a : w.out.attributions) {
      const std::string_view rule = a.rule;
      if (rule == "tokens/clause-before" || rule == "tokens/according-after") reported.push_back(a.content.span);
    }
    if (!reported.empty()) {
      auto nested = [&](const Attribution& a) {
        bool inside = false;
        for (Span r : reported) inside = inside || (r.begin <= a.cue.span.begin && a.cue.span.end <= r.end);
        const std::string_view rule = a.rule;
        return inside && (rule == "tokens/bare-clause" || rule == "tokens/that-clause" || rule == "tokens/object" || rule == "tokens/infinitive");
      };
      size_t kept = 0;
      for (size_t i = 0; i < w.out.attributions.size(); ++i) {
        if (nested(w.out.attributions[i])) continue;
        if (kept != i) {
          w.out.attributions[kept] = std::move(w.out.attributions[i]);
          extras[kept] = std::move(extras[i]);
        }
        ++kept;
      }
      w.out.attributions.resize(kept);
      extras.resize(kept);
    }
  }
  // A quotation with no cue of its own that follows a quoted frame in the same paragraph
  // continues it ("... as a whole," wrote Malashenko. "In Moscow, ...").
  // The length of a double quotation mark at `i` in the normalised text: `"`, or two apostrophes
  // (`''...''`, as the New York Times writes them); 0 for none.
  constexpr size_t kContinuedParagraphs = 3;  // the most paragraphs a quotation goes on over
  // Where the text before `end` stops being spaces and line breaks (not before `floor`).
  auto trim_back = [&](size_t floor, size_t end) {
    while (end > floor && (t[end - 1] == ' ' || t[end - 1] == '\n')) --end;
    return end;
  };
  auto quote_at = [&](size_t i) -> size_t {
    if (i >= t.size()) return 0;
    if (t[i] == '"') return 1;
    return t[i] == '\'' && i + 1 < t.size() && t[i + 1] == '\'' ? 2 : 0;
  };
  // The next quotation mark of the same kind as the frame's (a story writes all its quotations
  // one way), by memchr or a substring search rather than a byte loop.
  auto find_quote = [&](size_t from, size_t end, bool apostrophes) -> size_t {
    size_t i = apostrophes ? t.find("''", from) : t.find('"', from);
    return i < end ? i : std::string::npos;
  };
  // The quotation mark a frame's quoted content is written with: at its start, or (a quotation
  // that a clause of the narration leads into, `Trump is "a danger," she said`) at its end.
  auto quote_mark = [&](const Attribution& a) -> size_t {
    if (const size_t q = quote_at(a.content.span.begin)) return q;
    if (a.rule != "tokens/quote-before" || a.content.span.size() < 3) return 0;
    const uint32_t e = a.content.span.end;
    if (t[e - 1] == '"') return 1;
    return t[e - 1] == '\'' && t[e - 2] == '\'' ? 2 : 0;
  };
  {
    std::vector<Attribution> more;
    std::vector<FrameExtra> more_x;
    for (size_t pi = 0; pi < text.paragraphs.size(); ++pi) {
      const auto& p = text.paragraphs[pi];
      const auto [from, to] = frames_in(p.span);
      // Each quoted frame's quotation goes on to the next frame (a block of lines may be one
      // paragraph: `"A," Rubio added. "B."` then `"C," Christie said.`); only the paragraph's last
      // quoted frame gives continued-quotation frames of its own.
      size_t final_i = to;
      for (size_t i = from; i < to; ++i) {
        const auto& a = w.out.attributions[i];
        if (Contains(p.span, a.content.span) && quote_mark(a) > 0) final_i = i;
      }
      for (size_t last_i = from; last_i < to && final_i < to; ++last_i) {
      Attribution* last = &w.out.attributions[last_i];
      const size_t mark = quote_mark(*last);
      if (!Contains(p.span, last->content.span) || mark == 0) continue;
      if (last_i != final_i && !(last->rule.starts_with("tokens/") && !separate_continuation.count(last->cue.span.begin))) continue;
      const bool apostrophes = mark == 2;
      const Span own_sentence = w.SentenceAt(last->cue.span.begin);
      uint32_t pos = last->content.span.end;
      uint32_t quoted = last->content.span.size(), narration = 0;  // bytes of a growing content
      // Skip past the frame's own cue and source.
      pos = std::max(pos, last->cue.span.end);
      if (last->source) pos = std::max(pos, last->source->span.end);
      while (pos < p.span.end) {
        size_t open = find_quote(pos, p.span.end, apostrophes);
        if (open == std::string::npos) break;
        size_t close = find_quote(open + quote_at(open), p.span.end, apostrophes);
        // A quotation left open at the paragraph's end goes on in the next paragraph (news copy
        // closes a quotation only after its last paragraph): it runs to this paragraph's end.
        const bool unclosed = close == std::string::npos;
        const size_t q_end = unclosed ? trim_back(open, p.span.end) : close + quote_at(close);
        Span q{static_cast<uint32_t>(open), static_cast<uint32_t>(q_end)};
        bool inside = false, between = false;
        for (size_t i = from; i < to; ++i) {
          const auto& a = w.out.attributions[i];
          const auto& f = a.content.span;
          inside = inside || (f.begin <= q.begin && q.begin < f.end);
          // Another frame between, in a later sentence ("... . Aides said ..."): the quotation
          // is not this one's. One in the frame's own sentence (", adding that ...", ", referring
          // to ...") is an aside: the quotation after it goes on (PolNeAR marks it so).
          between = between || (&a != last && a.cue.span.begin >= pos && a.cue.span.begin < q.begin &&
                                a.cue.span.begin >= own_sentence.end);
        }
        // Only a quotation that opens a sentence continues one: not a title or phrase quoted in
        // the narration ("on the podcast \"Here's the Thing.\"").
        const size_t before = trim_back(p.span.begin, open);
        const char prev = before > p.span.begin ? t[before - 1] : '.';
        if (between) break;
        // A quotation right after the frame's cue or source goes on from it even with the stop
        // missing (`"A," Trump said "B."`).
        const bool adjacent = before == trim_back(p.span.begin, pos) && before == pos;
        if (!adjacent && !(prev == '.' || prev == '?' || prev == '!' || prev == '"' || prev == '\'' || prev == ':' || prev == ',')) {
          // A title quoted in the frame's own sentence, after its cue (`"A," Cuban said on NBC's
          // "Meet the Press." "B."`), is passed over; one in a later sentence of narration ends
          // the quotation.
          if (std::string_view(t).substr(pos, open - pos).find_first_of(".?!") != std::string_view::npos) break;
          pos = q.end;
          continue;
        }
        if (!inside && q.size() >= 10 && last->rule.starts_with("tokens/") &&
            !separate_continuation.count(last->cue.span.begin)) {
          // A token frame's quotation goes on: one content from its first quotation to this one,
          // as a reader (and PolNeAR) takes it.
          // (Only while the quotations outweigh the narration between them: a content span
          // that is mostly "said X, a ... who ..." would not say what was said.)
          auto& grow = w.out.attributions[last_i];
          const uint32_t gap = q.begin - grow.content.span.end;
          if (quoted + q.size() < narration + gap) break;
          quoted += q.size();
          narration += gap;
          grow.content.span.end = q.end;
          grow.content.text = std::string(w.Slice(grow.content.span));
        } else if (!inside && q.size() >= 10) {
          Attribution cont = *last;
          cont.content = {q, std::string(w.Slice(q))};
          cont.rule = last->rule + " (continued quotation)";
          more.push_back(std::move(cont));
          more_x.push_back(extras[last_i]);
        }
        pos = q.end;
      }
      // A quotation that goes on in the paragraphs after its frame's (`"A," he said.` then `"B."`),
      // paragraphs that open with a quotation mark and give no frame of their own: one content to
      // the last of them, as PolNeAR marks it. Only from a token frame that ends its paragraph.
      if (last_i == final_i && last->rule.starts_with("tokens/") && !separate_continuation.count(last->cue.span.begin)) {
        auto& grow = w.out.attributions[last_i];
        uint32_t tail = std::max(grow.content.span.end, grow.cue.span.end);
        if (grow.source) tail = std::max(tail, grow.source->span.end);
        bool grew = false;
        for (size_t ni = pi + 1; ni < text.paragraphs.size() && ni <= pi + kContinuedParagraphs && tail + 60 >= text.paragraphs[ni - 1].span.end; ++ni) {
          const Span np = text.paragraphs[ni].span;
          size_t b = np.begin;
          while (b < np.end && (t[b] == ' ' || t[b] == '\n')) ++b;
          if (quote_at(b) != (apostrophes ? 2u : 1u)) break;
          const auto [nf, nt] = frames_in(np);
          if (nf != nt) break;
          const auto e = static_cast<uint32_t>(trim_back(b, np.end));
          grow.content.span.end = e;
          tail = e;
          grew = true;
        }
        if (grew) grow.content.text = std::string(w.Slice(grow.content.span));
      }
      }
    }
    for (size_t i = 0; i < more.size(); ++i) {
      w.out.attributions.push_back(std::move(more[i]));
      extras.push_back(std::move(more_x[i]));
    }
  }
  sort_frames();
  // A reported clause that ends its sentence, followed in the paragraph by quotations of no
  // frame of their own, goes on with them (`Aides said the Fed wants to get out of the way. "They
  // don't like to talk about it."`): the quotations are the speaker's words, as PolNeAR marks them.
  for (const auto& p : text.paragraphs) {
    const auto [from, to] = frames_in(p.span);
    for (size_t i = from; i < to; ++i) {
      auto& a = w.out.attributions[i];
      if (a.cue.span.begin > a.content.span.begin || quote_at(a.content.span.begin) > 0 || !Contains(p.span, a.content.span) ||
          !a.rule.starts_with("tokens/") || separate_continuation.count(a.cue.span.begin)) {
        continue;
      }
      const Span sent = w.SentenceAt(a.content.span.end > 0 ? a.content.span.end - 1 : 0);
      size_t k = a.content.span.end;
      while (k < sent.end && (t[k] == '.' || t[k] == ' ' || t[k] == '\n' || t[k] == '"' || t[k] == '\'')) ++k;
      if (k < sent.end) continue;  // the clause does not end its sentence
      uint32_t end = a.content.span.end;
      size_t pos = sent.end;
      while (true) {
        while (pos < p.span.end && (t[pos] == ' ' || t[pos] == '\n')) ++pos;
        const size_t qlen = quote_at(pos);
        if (qlen == 0) break;
        size_t close = qlen == 2 ? t.find("''", pos + 2) : t.find('"', pos + 1);
        if (close == std::string::npos || close >= p.span.end) break;
        const Span q{static_cast<uint32_t>(pos), static_cast<uint32_t>(close + qlen)};
        // Not when a frame has its cue or content there (`"We will win," he added.`).
        bool taken = false;
        const Span qs{q.begin, std::max(q.end, w.SentenceAt(q.end > 0 ? q.end - 1 : 0).end)};
        for (size_t j = from; j < to && !taken; ++j) {
          const auto& b = w.out.attributions[j];
          taken = qs.Overlaps(b.cue.span) || qs.Overlaps(b.content.span);
        }
        if (taken) break;
        end = q.end;
        pos = q.end;
      }
      if (end != a.content.span.end) {
        a.content.span.end = end;
        a.content.text = std::string(w.Slice(a.content.span));
      }
    }
  }

  // A pronoun in a frame's content whose source is named before it in the same sentence ("X
  // told Reuters he resigned") is the source when the source is a person (named only there, it
  // becomes one). With a source that is no name ("the ministry said he remained in office"), or
  // outside such a frame, the usual pronoun resolution.
  auto resolve_in_frame = [&](Span ref) -> int {
    const size_t si = w.SentenceIndex(ref.begin);
    for (auto& a : w.out.attributions) {
      if (!Contains(a.content.span, ref) || !a.source || a.source->span.end > ref.begin) continue;
      if (w.SentenceIndex(a.source->span.begin) != si) continue;
      if (a.speaker >= 0 && w.out.entities[a.speaker].type == EntityType::kPerson) return a.speaker;
      if (a.speaker >= 0) break;
      auto toks = Tokens(a.source->text);
      bool name = !toks.empty() && toks.size() <= 3 && !IsPronoun(a.source->text);
      for (auto tok : toks) {
        name = name && std::isupper(static_cast<unsigned char>(tok[0])) && !kNotNames.count(tok) &&
               !std::binary_search(org_heads_.begin(), org_heads_.end(), tok, std::less<>());
      }
      if (!name) break;
      a.speaker = w.AddEntity(a.source->text, EntityType::kPerson);
      w.AddMention(a.source->span, a.speaker);
      return a.speaker;
    }
    return resolve(ref);
  };

  // --- Claims.
  uint32_t claims_end = 0;  // claim matches come by start: one overlaps an accepted one iff it starts before this
  for (const rules::Match* m : claim_m) {
    auto subject = GroupOrAlt(*m, "subject");
    if (!subject) continue;
    *subject = TrimLeadingNonNames(t, *subject);
    if (subject->empty()) continue;
    if (m->span.begin < claims_end) continue;
    Claim c;
    c.span = m->span;
    c.rule = m->rule->id;
    c.attribute = m->rule->Param("attribute");
    // The value: the template over the groups; a group that is a resolved time expression
    // gives its TIMEX3 value ("September 4" -> "2015-09-04").
    c.value = rules::FillTemplate(m->rule->Param("value"), [&](std::string_view name) -> std::string {
      auto g = GroupOrAlt(*m, name);
      if (!g) return "";
      // An expression overlapping the group starts at most a phrase before it.
      for (auto [it, end] = w.TimesIn({g->begin > 256 ? g->begin - 256 : 0, g->end}); it != end; ++it) {
        const auto& e = *it;
        if (e.span.begin < g->end && g->begin < e.span.end && e.first) return e.value;
      }
      return std::string(w.Slice(*g));
    });
    if (c.value.empty()) continue;
    if (auto it = number_words_.find(Lower(c.value)); it != number_words_.end()) c.value = it->second;
    std::string_view subj = w.Slice(*subject);
    c.subject = IsPronoun(subj) ? resolve_in_frame(*subject) : resolve(*subject);
    if (c.subject < 0) {
      std::string l = Lower(subj);
      if (c.attribute == "count" || c.attribute == "event-date") {
        // An event: "the attack", "the conflict" (named with its article, so messages read).
        if (l.rfind("the ", 0) != 0) l = "the " + l;
        c.subject = w.AddEntity(l, EntityType::kOther);
      } else if (!IsPronoun(subj) && l.rfind("the ", 0) != 0 &&
                 (Tokens(subj).size() >= 2 ||
                  // One capitalised word nobody was introduced as: a surname only with a verb that
                  // takes a person (life, detention), never a plural ("Iraqis were killed"); offices and
                  // places are too often companies and countries ("Switzerland was elected").
                  (!kNotNames.count(std::string(subj)) && (c.attribute == "life-status" || c.attribute == "detention") &&
                   !w.Slice({subject->end, m->span.end}).starts_with(" were")))) {
        // A name seen first in a claim ("Nazarzoda was killed"): a person.
        c.subject = w.AddEntity(std::string(subj), EntityType::kPerson);
      } else if (l.rfind("the ", 0) == 0 && !IsPronoun(subj) && !TitleHeld(Tokens(l).back())) {
        // A title nobody in the story holds by name ("the minister resigned"): the description
        // itself is the person, so that "he" can refer back to it.
        c.subject = w.AddEntity(l, EntityType::kPerson);
        w.out.entities[c.subject].titles.push_back(std::string(Tokens(l).back()));
      } else {
        continue;  // precision first: a claim about nobody we can name is no claim
      }
    } else if (!IsPronoun(subj)) {
      add_alias(c.subject, subj);
    }
    w.AddMention(*subject, c.subject);
    w.out.entities[c.subject].mentions.push_back(*subject);
    c.subject_name = w.out.entities[c.subject].name;
    if (auto neg = m->Group("neg"); neg && !neg->empty()) c.polarity = Polarity::kNegative;

    // The innermost frame whose content holds the claim.
    int frame = -1;
    {
      // Frames holding it start in its paragraph, before it.
      Span para{0, size};
      const auto& ps = text.paragraphs;
      auto after = std::upper_bound(ps.begin(), ps.end(), c.span.begin,
                                    [](uint32_t pos, const segment::Paragraph& p) { return pos < p.span.begin; });
      if (after != ps.begin()) para = std::prev(after)->span;
      const auto [from, to] = frames_in({para.begin, c.span.begin + 1});
      for (size_t i = from; i < to; ++i) {
        const auto& a = w.out.attributions[i];
        if (!Contains(a.content.span, c.span)) continue;
        if (frame < 0 || a.content.span.size() < w.out.attributions[frame].content.span.size()) frame = static_cast<int>(i);
      }
    }
    c.attribution = frame;
    // A claim inside a negated frame ("did not say that the general was killed") is nobody's: no
    // claim, and so no side of a conflict.
    if (frame >= 0 && w.out.attributions[frame].negated) continue;
    bool hedged = false;
    std::string claim_text = Lower(w.Slice(c.span));
    for (const auto& h : hedge_words_) hedged = hedged || claim_text.find(h) != std::string::npos;
    if (frame >= 0) {
      const auto& a = w.out.attributions[frame];
      c.sources = a.chain;
      c.modality = a.stance == Stance::kDenies ? Modality::kDenied
                   : (hedged || a.stance == Stance::kHedges) ? Modality::kHedged
                                                             : Modality::kReported;
      c.made_first = extras[frame].made_first;
      c.made_last = extras[frame].made_last;
      c.made_text = extras[frame].made_text;
    } else {
      c.modality = hedged ? Modality::kHedged : Modality::kAsserted;
    }
    if (!c.made_first && times.anchor) {
      c.made_first = c.made_last = std::chrono::sys_days{*times.anchor};
      c.made_text = "document date";
    }
    // The time the claim is about: an expression inside it, or right after it in its clause
    // ("killed on September 11").
    Span sent = w.SentenceAt(c.span.begin);
    // The clause the claim is in: its frame's content, else its sentence after any dateline.
    Span clause = frame >= 0 ? w.out.attributions[frame].content.span : Span{AfterDateline(t, sent), sent.end};
    for (auto [it, end] = w.TimesIn(sent); it != end; ++it) {
      const auto& e = *it;
      if (!e.first || e.value == "PRESENT_REF") continue;
      // "On Tuesday Kuvvatov was in Dushanbe": a time that opens the clause, before the claim.
      bool before = false;
      if (Contains(clause, e.span) && e.span.end <= c.span.begin) {
        std::string_view gap = w.Slice({e.span.end, c.span.begin});
        if (gap.starts_with(",")) gap.remove_prefix(1);  // "On Tuesday, Kuvvatov was ..."
        before = gap.find_first_of(",.;\"") == std::string_view::npos;
      }
      bool inside = Contains(c.span, e.span) || before;
      bool after = e.span.begin >= c.span.end && e.span.begin <= c.span.end + 24 && e.span.end <= sent.end &&
                   w.Slice({c.span.end, e.span.begin}).find_first_of(",.;\"") == std::string_view::npos;
      if (!inside && !after) continue;
      if (c.attribute == "event-date") continue;  // its time is its value
      c.about_first = e.first;
      c.about_last = e.last;
      c.about_text = std::string(w.Slice(e.span));
      break;
    }
    claims_end = std::max(claims_end, c.span.end);
    w.out.claims.push_back(std::move(c));
  }
  for (auto& e : w.out.entities) {
    std::sort(e.mentions.begin(), e.mentions.end());
    e.mentions.erase(std::unique(e.mentions.begin(), e.mentions.end()), e.mentions.end());
  }
  return std::move(w.out);
}

std::vector<Status> RunExtractRuleExamples(const rules::RuleSet& rules) {
  std::vector<Status> errors;
  for (const char* kind : {"entity", "attribution", "claim"}) {
    for (const rules::Rule* rule : rules.RulesOfKind(kind)) {
      std::vector<const rules::Rule*> only = {rule};
      auto x = Extractor::Create(rules, &only);
      if (!x.ok()) {
        errors.push_back(x.status());
        continue;
      }
      auto spans = [&](const std::string& text) {
        std::vector<Span> out;
        for (const auto& m : x.value().Matches(text)) {
          Span s = m.span;
          if (!rule->Param("span").empty()) {
            auto g = GroupOrAlt(m, rule->Param("span"));
            if (!g) continue;
            s = *g;
          }
          out.push_back(s);
        }
        return out;
      };
      rules::CheckExamples(*rule, spans, "match", "matched", &errors);
    }
  }
  return errors;
}

}  // namespace claimcheck::extract
