// The extractor's output for one document: entities, attribution frames and claims. This header
// is the contract between the extract stage and its consumers (the graph, the conflict checker,
// reporters). Spans are in the document's NORMALISED text (segment::Text); convert with
// check::Analysis::Locate / Text::ToOriginal for output.
#ifndef CLAIMCHECK_EXTRACT_CLAIM_H_
#define CLAIMCHECK_EXTRACT_CLAIM_H_

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "base/span.h"

namespace claimcheck::extract {

// A piece of the text: its span and its text as written (normalised).
struct TextRef {
  Span span;
  std::string text;
};

enum class EntityType { kPerson, kOrganization, kOutlet, kGroup, kPlace, kOther };

struct Entity {
  std::string name;                  // canonical: the fullest name seen ("Abduhalim Nazarzoda")
  EntityType type = EntityType::kPerson;
  std::vector<std::string> titles;   // "deputy defense minister", "general"
  std::vector<std::string> aliases;  // "Nazarzoda", "the renegade general"
  std::vector<Span> mentions;
};

// How the cue presents its content (from the cue lexicon).
enum class Stance { kAsserts, kDenies, kHedges };

// "X told Y that Z": source X (null for unnamed reports), cue "told", content Z.
struct Attribution {
  std::optional<TextRef> source;
  TextRef cue;
  TextRef content;
  Stance stance = Stance::kAsserts;
  // The verb group before the cue is negated ("did not say whether", "has never denied"): the
  // source commits to nothing; the stance is kHedges, and no claim comes from its content.
  bool negated = false;
  int speaker = -1;                  // entity index of the source, when resolved
  std::vector<std::string> chain;    // source chain, nearest first: {"a source in the security services", "Asia Plus"}
  std::string rule;
};

enum class Polarity { kPositive, kNegative };
// asserted: the story says it; reported: a source says it; hedged: "reportedly", "may have";
// denied: a source denies it.
enum class Modality { kAsserted, kReported, kHedged, kDenied };

struct Claim {
  int subject = -1;          // entity index
  std::string subject_name;  // canonical name, for readers that have no entity table
  std::string attribute;     // "life-status", "detention", "office", "whereabouts", "count", "event-date"
  std::string value;         // "dead", "alive", "detained", "free", "12", ...
  // The time the claim is about ("killed on September 11") and the time it was made (the frame's
  // time, or the document date), as inclusive day intervals when known, with the text they came from.
  std::optional<std::chrono::sys_days> about_first, about_last;
  std::string about_text;
  std::optional<std::chrono::sys_days> made_first, made_last;
  std::string made_text;
  Polarity polarity = Polarity::kPositive;
  Modality modality = Modality::kAsserted;
  std::vector<std::string> sources;  // source chain, nearest first; empty when the story itself asserts it
  int attribution = -1;              // index into DocumentClaims::attributions, or -1 (narration)
  Span span;                         // the clause that states the claim
  std::string rule;                  // "pack/rule-id"
};

struct DocumentClaims {
  std::vector<Entity> entities;
  std::vector<Attribution> attributions;
  std::vector<Claim> claims;
};

}  // namespace claimcheck::extract

#endif  // CLAIMCHECK_EXTRACT_CLAIM_H_
