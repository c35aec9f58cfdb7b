#include "check/conflicts.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <map>
#include <optional>

#include "base/calendar.h"

namespace claimcheck::check {

using graph::ClaimRef;
using rules::AttributeSemantics;
namespace chr = std::chrono;

std::string ShortDate(chr::sys_days day) {
  static const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  chr::year_month_day ymd(day);
  return std::to_string(static_cast<unsigned>(ymd.day())) + " " + kMonths[static_cast<unsigned>(ymd.month()) - 1] +
         " " + std::to_string(static_cast<int>(ymd.year()));
}

std::string Speaker(const extract::DocumentClaims& dc, const extract::Claim& c) {
  // The speaker with their title, when the source is a person the story names with one.
  std::string speaker = c.sources.empty() ? "" : c.sources[0];
  if (!speaker.empty() && c.attribution >= 0 && c.attribution < static_cast<int>(dc.attributions.size())) {
    const int e = dc.attributions[c.attribution].speaker;
    if (e >= 0 && e < static_cast<int>(dc.entities.size()) && dc.entities[e].name == speaker &&
        !dc.entities[e].titles.empty()) {
      speaker += " (" + dc.entities[e].titles.front() + ")";
    }
  }
  return speaker;
}

bool Acknowledged(const extract::DocumentClaims& dc, const extract::Claim& c, const std::vector<Span>& acks) {
  if (acks.empty()) return false;
  auto inside = [&](Span s) {
    return std::any_of(acks.begin(), acks.end(), [&](Span a) { return s.begin < a.end && a.begin < s.end; });
  };
  if (inside(c.span)) return true;
  if (c.subject >= 0 && c.subject < static_cast<int>(dc.entities.size())) {
    for (Span m : dc.entities[c.subject].mentions) {
      if (inside(m)) return true;
    }
  }
  return false;
}

namespace {

struct When {
  bool known = false;
  chr::sys_days first{}, last{};
};

// A claim as the comparison sees it.
struct Item {
  ClaimRef ref;
  const extract::Claim* claim = nullptr;
  const ConflictDocument* doc = nullptr;
  When when;
  bool negated = false;  // "not V": negative polarity or a denial
  std::optional<double> number;
};

When Place(const extract::Claim& c, const AttributeSemantics& sem) {
  for (const auto& which : sem.order_by) {
    const auto& first = which == "about" ? c.about_first : c.made_first;
    const auto& last = which == "about" ? c.about_last : c.made_last;
    if (first) return {true, *first, last ? std::max(*last, *first) : *first};
  }
  return {};
}

std::optional<double> ParseNumber(const std::string& v) {
  if (v.empty()) return std::nullopt;
  char* end = nullptr;
  double d = std::strtod(v.c_str(), &end);
  if (end != v.c_str() + v.size() || !std::isfinite(d)) return std::nullopt;
  return d;
}

std::optional<double> ParseDay(const std::string& v) {
  int y = 0;
  unsigned m = 0, d = 0;
  if (!IsIsoCalendarDate(v) || std::sscanf(v.c_str(), "%4d-%2u-%2u", &y, &m, &d) != 3) return std::nullopt;
  chr::year_month_day ymd{chr::year{y}, chr::month{m}, chr::day{d}};
  if (!ymd.ok()) return std::nullopt;
  return static_cast<double>(chr::sys_days(ymd).time_since_epoch().count());
}

std::string SubjectName(const Item& it) {
  const auto& c = *it.claim;
  if (!c.subject_name.empty()) return c.subject_name;
  if (c.subject >= 0 && c.subject < static_cast<int>(it.doc->claims->entities.size())) {
    return it.doc->claims->entities[c.subject].name;
  }
  return "the subject";
}

// "a source in the security services told Asia Plus on 14 Sep 2015 that Nazarzoda was dead on 11 Sep 2015"
std::string Describe(const Item& it, const AttributeSemantics& sem) {
  const extract::Claim& c = *it.claim;
  const bool denied = c.modality == extract::Modality::kDenied;
  const bool hedged = c.modality == extract::Modality::kHedged;
  std::string who;
  const std::string speaker =
      it.doc->speakers.empty() ? Speaker(*it.doc->claims, c) : it.doc->speakers[it.ref.claim];
  if (c.sources.empty()) {
    who = denied ? "the story denies" : hedged ? "the story suggests" : "the story says";
  } else if (c.sources.size() == 1) {
    who = speaker + (denied ? " denied" : hedged ? " suggested" : " said");
  } else {
    who = speaker + (denied ? " denied to " : " told ") + c.sources[1];
    for (size_t i = 2; i < c.sources.size(); ++i) who += " (via " + c.sources[i] + ")";
    if (hedged) who += ", hedging,";
  }
  const bool about_known = c.about_first.has_value();
  // When it was said, if the story says so (not merely the story's own date).
  if (c.made_first && c.made_text != "document date" && (!about_known || *c.made_first != *c.about_first)) {
    who += " on " + ShortDate(*c.made_first);
  }
  std::string what;
  const std::string subject = SubjectName(it);
  const bool not_v = c.polarity == extract::Polarity::kNegative && !denied;
  switch (sem.type) {
    case AttributeSemantics::Type::kState: {
      // Closed values are states ("dead", "detained"); open ones are places ("in Khorog").
      std::string value = c.value == "in-office" ? "in office" : sem.values.empty() ? "in " + c.value : c.value;
      if (c.value == "resigned" && !not_v) {
        what = subject + " had resigned";
      } else {
        what = subject + (not_v ? " was not " : " was ") + value;
      }
      break;
    }
    case AttributeSemantics::Type::kNumber:
      what = "the " + c.attribute + " for " + subject + (not_v ? " was not " : " was ") + c.value;
      break;
    case AttributeSemantics::Type::kDate:
      what = subject + (not_v ? " did not happen on " : " happened on ");
      if (auto day = ParseDay(c.value)) {
        what += ShortDate(chr::sys_days{chr::days{static_cast<int>(*day)}});
      } else {
        what += c.value;
      }
      break;
  }
  if (about_known && sem.type != AttributeSemantics::Type::kDate) what += " on " + ShortDate(*c.about_first);
  return who + " that " + what;
}

bool IsAcknowledged(const Item& it) {
  if (!it.doc->acknowledged.empty()) return it.doc->acknowledged[it.ref.claim] != 0;
  return Acknowledged(*it.doc->claims, *it.claim, it.doc->acknowledgements);
}

// Whether a state claim `a` (no later than `b`) and `b` cannot both hold.
bool StatesConflict(const Item& a, const Item& b, bool same_time, const AttributeSemantics& sem) {
  const std::string& va = a.claim->value;
  const std::string& vb = b.claim->value;
  const bool closed = !sem.values.empty();
  if (!a.negated && !b.negated) return same_time ? !sem.Compatible(va, vb) : !sem.CanBecome(va, vb);
  if (a.negated && b.negated) return false;
  if (!closed) {
    // Open values: "not in Dushanbe" and "in Dushanbe" at one time exclude each other; over time,
    // anything may change.
    return same_time && va == vb;
  }
  if (!a.negated) {  // va, then "not vb"
    if (!sem.Compatible(va, vb)) return false;
    if (same_time) return true;
    // Possible only if va can turn into some state outside vb.
    return std::none_of(sem.values.begin(), sem.values.end(),
                        [&](const std::string& w) { return !sem.Compatible(w, vb) && sem.CanBecome(va, w); });
  }
  // "not va", then vb
  if (same_time) return sem.Compatible(va, vb);
  // Possible only if some state outside va can turn into vb.
  return std::none_of(sem.values.begin(), sem.values.end(),
                      [&](const std::string& w) { return !sem.Compatible(w, va) && sem.CanBecome(w, vb); });
}

class GroupComparer {
 public:
  GroupComparer(const AttributeSemantics& sem, Comparison* out, graph::ClaimGraph* g) : sem_(sem), out_(out), g_(g) {}

  void Run(std::vector<Item> items) {
    // Timed claims in time order; untimed ones are compared only with untimed claims of the same
    // document, as claims about the same moment (the story's present).
    std::vector<Item> timed, untimed;
    for (auto& it : items) (it.when.known ? timed : untimed).push_back(std::move(it));
    auto order = [](const Item& a, const Item& b) {
      if (a.when.first != b.when.first) return a.when.first < b.when.first;
      if (a.when.last != b.when.last) return a.when.last < b.when.last;
      if (a.ref.doc != b.ref.doc) return a.ref.doc < b.ref.doc;
      return a.claim->span.begin < b.claim->span.begin;
    };
    std::stable_sort(timed.begin(), timed.end(), order);
    Sweep(timed, true);
    std::stable_sort(untimed.begin(), untimed.end(), [](const Item& a, const Item& b) {
      return a.ref.doc != b.ref.doc ? a.ref.doc < b.ref.doc : a.claim->span.begin < b.claim->span.begin;
    });
    // Open values (places) are too loosely worded to compare without a time: "in Dushanbe" and
    // "in hiding" may both be true of one undated story.
    if (sem_.type == AttributeSemantics::Type::kState && sem_.values.empty()) return;
    for (size_t i = 0; i < untimed.size();) {
      size_t j = i;
      while (j < untimed.size() && untimed[j].ref.doc == untimed[i].ref.doc) ++j;
      Sweep(std::vector<Item>(untimed.begin() + i, untimed.begin() + j), false);
      i = j;
    }
  }

 private:
  static bool SameTime(const Item& a, const Item& b, bool timed) {
    // A denial with no time of its own ("denied that he had been arrested") denies the event
    // itself, whenever the other side places it.
    auto undated_denial = [](const Item& x) {
      return x.claim->modality == extract::Modality::kDenied && !x.claim->about_first;
    };
    if (undated_denial(a) || undated_denial(b)) return true;
    return !timed || (a.when.first <= b.when.last && b.when.first <= a.when.last);
  }

  // Each claim against the latest earlier claim of each distinct (negated, value): a handful of
  // representatives per group, whatever its size.
  void Sweep(const std::vector<Item>& items, bool timed) {
    std::map<std::pair<bool, std::string>, size_t> reps;
    std::map<std::pair<bool, std::string>, size_t> previous, current;  // states: by time
    chr::sys_days time_first{};
    bool have_time = false;
    // Numbers and dates: the extreme earlier values are the only ones that can conflict first.
    std::optional<size_t> lo, hi;
    std::map<std::pair<size_t, std::pair<bool, std::string>>, size_t> pending;  // (earlier, value) -> later
    for (size_t i = 0; i < items.size(); ++i) {
      const Item& c = items[i];
      std::optional<size_t> against;
      if (sem_.type == AttributeSemantics::Type::kState) {
        // States change: compare with the latest earlier time's claims and with this time's, one
        // per value (so a large group costs claims x values).
        if (!have_time || (timed && c.when.first != time_first)) {
          if (have_time) previous = std::move(current);
          current.clear();
          time_first = c.when.first;
          have_time = true;
        }
        for (const auto* set : {&previous, &current}) {
          for (const auto& [key, r] : *set) {
            if (StatesConflict(items[r], c, SameTime(items[r], c, timed), sem_) && (!against || r > *against)) {
              against = r;
            }
          }
        }
        current[std::make_pair(c.negated, c.claim->value)] = i;
      } else if (c.number && !c.negated) {
        for (auto r : {lo, hi}) {
          if (r && NumbersConflict(items[*r], c, SameTime(items[*r], c, timed)) && !against) against = *r;
        }
      }
      auto key = std::make_pair(c.negated, c.claim->value);
      auto same = reps.find(key);
      if (against) {
        // Several claims of one value against the same earlier claim are one conflict: the
        // finding goes to the one nearest the earlier claim in the text, the others corroborate.
        auto [p, inserted] = pending.emplace(std::make_pair(*against, key), i);
        if (!inserted && Nearer(items[*against], c, items[p->second])) p->second = i;
      }
      if (same != reps.end()) {
        out_->corroborations.emplace_back(c.ref, items[same->second].ref);
        if (g_) g_->AddCorroboration(c.ref, items[same->second].ref);
      }
      reps[key] = i;
      if (c.number && !c.negated) {
        if (!lo || *c.number < *items[*lo].number) lo = i;
        if (!hi || *c.number > *items[*hi].number) hi = i;
      }
    }
    for (const auto& [k, later] : pending) Report(items[k.first], items[later]);
  }

  // Whether `a` is nearer `to` in the text than `b`: same document first, then byte distance.
  static bool Nearer(const Item& to, const Item& a, const Item& b) {
    const bool a_same = a.ref.doc == to.ref.doc, b_same = b.ref.doc == to.ref.doc;
    if (a_same != b_same) return a_same;
    auto dist = [&](const Item& x) {
      const Span s = x.claim->span, t = to.claim->span;
      return s.begin >= t.end ? s.begin - t.end : t.begin >= s.end ? t.begin - s.end : 0u;
    };
    return dist(a) < dist(b);
  }


  bool NumbersConflict(const Item& a, const Item& b, bool same_time) const {
    const double diff = *b.number - *a.number;  // later minus earlier
    const double tol = sem_.tolerance;
    if (sem_.type == AttributeSemantics::Type::kDate || same_time) return std::abs(diff) > tol;
    switch (sem_.direction) {
      case AttributeSemantics::Direction::kNone: return std::abs(diff) > tol;
      case AttributeSemantics::Direction::kRising: return diff < -tol;
      case AttributeSemantics::Direction::kFalling: return diff > tol;
      case AttributeSemantics::Direction::kAny: return false;
    }
    return false;
  }

  void Report(const Item& earlier, const Item& later) {
    if (earlier.doc->archive && later.doc->archive) return;
    if (g_) g_->AddConflict(later.ref, earlier.ref);
    // The finding goes at the later claim, unless that one is in the archive.
    const bool flip = later.doc->archive;
    const Item& at = flip ? earlier : later;
    const Item& other = flip ? later : earlier;
    Conflict c;
    c.attribute = sem_.name;
    c.at = at.ref;
    c.other = other.ref;
    c.flipped = flip;
    c.acknowledged = IsAcknowledged(later) || IsAcknowledged(earlier);
    const bool hedged = later.claim->modality == extract::Modality::kHedged ||
                        earlier.claim->modality == extract::Modality::kHedged;
    c.severity = c.acknowledged ? sem_.acknowledged : hedged ? sem_.hedged : sem_.silent;
    const std::string later_side = Describe(later, sem_), earlier_side = Describe(earlier, sem_);
    c.message = "conflicting " + sem_.name + " for " + SubjectName(later) + ": " + later_side + "; " +
                (flip ? "later, " : "earlier, ") + earlier_side;
    if (flip) c.message = "conflicting " + sem_.name + " for " + SubjectName(later) + ": " + earlier_side +
                          "; later, " + later_side;
    if (c.acknowledged) c.message += " (the story acknowledges the contradiction)";
    c.other_message = (flip ? "the later claim: " : "the earlier claim: ") + Describe(other, sem_);
    out_->conflicts.push_back(std::move(c));
  }

  const AttributeSemantics& sem_;
  Comparison* out_;
  graph::ClaimGraph* g_;
};

}  // namespace

Comparison CompareClaims(const std::vector<ConflictDocument>& docs, const rules::RuleSet& rules,
                         const std::string& attribute, graph::ClaimGraph* graph) {
  Comparison out;
  std::vector<graph::DocumentInput> inputs;
  std::vector<const ConflictDocument*> by_doc;  // by document index
  for (const auto& d : docs) {
    inputs.push_back({d.doc, d.path, d.claims});
    if (d.doc >= static_cast<int>(by_doc.size())) by_doc.resize(d.doc + 1, nullptr);
    by_doc[d.doc] = &d;
  }
  // Without a graph to fill, only the entity merge is needed, not the whole graph.
  std::optional<graph::EntityIndex> local;
  if (!graph) local.emplace(inputs);
  const graph::EntityIndex& entities = graph ? graph->entities() : *local;
  for (const auto& group : graph::GroupClaims(entities, inputs, attribute)) {
    const ConflictDocument* d0 = by_doc.at(group[0].doc);
    const std::string& attr = d0->claims->claims[group[0].claim].attribute;
    if (!attribute.empty() && attr != attribute) continue;
    const AttributeSemantics* sem = rules.Attribute(attr);
    // Open-layer claims carry their alignment key: "polarity/<key>" has the semantics of "polarity".
    const bool open_layer = !sem && attr.find('/') != std::string::npos;
    if (open_layer) sem = rules.Attribute(attr.substr(0, attr.find('/')));
    if (!sem || group.size() < 2) continue;
    std::vector<Item> items;
    items.reserve(group.size());
    for (const auto& ref : group) {
      Item it;
      it.ref = ref;
      it.doc = by_doc.at(ref.doc);
      it.claim = &it.doc->claims->claims[ref.claim];
      it.when = Place(*it.claim, *sem);
      it.negated = it.claim->polarity == extract::Polarity::kNegative ||
                   it.claim->modality == extract::Modality::kDenied;
      // Open-layer claims keep polarity and denial apart, and a denied negation asserts: "reports
      // that Acme closed the plant are false" denies "not open" (check/open_claims.h).
      if (open_layer) {
        it.negated = (it.claim->polarity == extract::Polarity::kNegative) !=
                     (it.claim->modality == extract::Modality::kDenied);
      }
      if (sem->type == AttributeSemantics::Type::kNumber) it.number = ParseNumber(it.claim->value);
      if (sem->type == AttributeSemantics::Type::kDate) it.number = ParseDay(it.claim->value);
      // Values outside a closed set are the extractor's business, not a conflict: skip them.
      if (sem->type == AttributeSemantics::Type::kState && !sem->values.empty() &&
          std::find(sem->values.begin(), sem->values.end(), it.claim->value) == sem->values.end()) {
        continue;
      }
      if (sem->type != AttributeSemantics::Type::kState && !it.number) continue;
      items.push_back(it);
    }
    GroupComparer(*sem, &out, graph).Run(std::move(items));
  }
  return out;
}

}  // namespace claimcheck::check
