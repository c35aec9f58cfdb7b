// The token layer and its frames: tokens classed once, and each frame form with text that must
// give the frame and clean text that must not.
#include "extract/frames.h"

#include <catch2/catch.hpp>

#include "extract/tokens.h"
#include "rules/loader.h"

namespace claimcheck::extract {
namespace {

const FrameFinder& Finder() {
  static const FrameFinder kFinder = [] {
    auto loaded = rules::LoadRules(true, {});
    REQUIRE(loaded.errors.empty());
    auto f = FrameFinder::Create(loaded.rules);
    REQUIRE(f.ok());
    return std::move(f).value();
  }();
  return kFinder;
}

// "source|cue|content|form" for each frame, joined by "; ".
std::string Frames(std::string_view text) {
  std::string out;
  for (const auto& f : Finder().FindIn(text)) {
    if (!out.empty()) out += "; ";
    auto slice = [&](Span s) { return std::string(text.substr(s.begin, s.size())); };
    out += (f.source ? slice(*f.source) : "null") + "|" + slice(f.cue) + "|" + slice(f.content) + "|" + f.form;
  }
  return out;
}

struct Case {
  const char* text;
  const char* expected;
};

TEST_CASE("Tokens are classed once from the lexicons and their shape", "[extract][tokens]") {
  const std::string text = "Mr. Smith's aides also said, \"No.\"";
  auto toks = Tokenize(text, {0, static_cast<uint32_t>(text.size())}, Finder().lexicon());
  CHECK(DebugString(toks, text) ==
        "Mr.|cap,abbreviation Smith's|cap,poss aides|anonymous-head also|cue-skip,source-boundary "
        "said|cue-speech,source-boundary ,|comma \"|quote No|cap,determiner .|final \"|quote");
  const std::string nyt = "''Yes,'' he said.";
  auto q = Tokenize(nyt, {0, static_cast<uint32_t>(nyt.size())}, Finder().lexicon());
  REQUIRE(q.size() == 7);
  CHECK(q[0].Is(kQuote));
  CHECK(q[3].Is(kQuote));
  // Two apostrophes after a word in -s close the quotation; they are no plural possessive.
  const std::string merits = "''no view on the merits'' of it";
  auto qm = Tokenize(merits, {0, static_cast<uint32_t>(merits.size())}, Finder().lexicon());
  INFO(DebugString(qm, merits));
  REQUIRE(qm.size() == 9);
  CHECK(qm[5].lower == "merits");
  CHECK_FALSE(qm[5].Is(kPossessive));
  CHECK(qm[6].Is(kQuote));
  // An abbreviation and a hyphenated word are one word, not an abbreviation, a dash and a
  // word (s32: the dash ended contents at "along the U.S.").
  const std::string compound = "a U.S.-Mexico wall and D.C.-based groups";
  auto cw = Tokenize(compound, {0, static_cast<uint32_t>(compound.size())}, Finder().lexicon());
  INFO(DebugString(cw, compound));
  REQUIRE(cw.size() == 6);
  CHECK(cw[1].lower == "u.s.-mexico");
  CHECK(cw[1].Is(kCapitalised));
  CHECK_FALSE(cw[1].Is(kAbbreviation));
  CHECK(cw[4].lower == "d.c.-based");
  // A pronoun's "'s" is "is" or "has": the pronoun, no possessive; a name's "'s" is one.
  const std::string clitic = "He's said it's over, Trump's aide said.";
  auto c = Tokenize(clitic, {0, static_cast<uint32_t>(clitic.size())}, Finder().lexicon());
  REQUIRE(c.size() == 9);
  CHECK(c[0].Is(kPronoun));
  CHECK_FALSE(c[0].Is(kPossessive));
  CHECK(c[2].Is(kPronoun));
  CHECK(c[5].Is(kPossessive));
  CHECK_FALSE(c[5].Is(kPronoun));
  // "Will" inside a sentence before a capitalised word is a first name; at a sentence's or a
  // colon's start, or before a lower-case word, a modal.
  const std::string will = "Ask Will Doyle. Will Trump win? He asked: Will Trump win? He will win.";
  auto w = Tokenize(will, {0, static_cast<uint32_t>(will.size())}, Finder().lexicon());
  REQUIRE(w.size() == 19);
  CHECK(w[1].lower == "will");
  CHECK(w[1].cls == (kWord | kCapitalised));
  CHECK(w[4].lower == "will");
  CHECK(w[4].Is(kCueAuxiliary));
  CHECK(w[11].lower == "will");
  CHECK(w[11].Is(kCueAuxiliary));
  CHECK(w[16].Is(kCueAuxiliary));
  // After a name or a quotation, "Will" is a name too ("George Will wrote"); after a pronoun or a
  // function word, a modal.
  const std::string will2 = "George Will wrote. \"No,\" Will wrote. So They Will win. He asked, \"Will you?\"";
  auto w2 = Tokenize(will2, {0, static_cast<uint32_t>(will2.size())}, Finder().lexicon());
  REQUIRE(w2.size() == 24);
  CHECK(w2[1].cls == (kWord | kCapitalised));
  CHECK(w2[8].cls == (kWord | kCapitalised));
  CHECK(w2[13].Is(kCueAuxiliary));
  CHECK(w2[20].Is(kCueAuxiliary));
  // "May" after a name is part of it; in capitals ("ROUND MAY STOP") or after a preposition it
  // stays a modal or the month.
  const std::string may = "Theresa May said. ROUND MAY STOP. In May, rates rose.";
  auto m = Tokenize(may, {0, static_cast<uint32_t>(may.size())}, Finder().lexicon());
  REQUIRE(m.size() == 14);
  CHECK(m[1].cls == (kWord | kCapitalised));
  CHECK(m[5].Is(kCueAuxiliary));
  CHECK(m[9].Is(kCueAuxiliary));
}

TEST_CASE("The token lexicon: words over 16 bytes, shared prefixes, several classes", "[extract][tokens]") {
  rules::Pack pack;
  pack.name = "test";
  pack.lexicons["cue-speech"] = {"said", "Counterarguments-made"};
  pack.lexicons["outlet"] = {"newspaper", "counterarguments-made-twice"};
  pack.lexicons["source-boundary"] = {"said"};
  rules::RuleSet set;
  set.Add(pack);
  auto loaded = TokenLexicon::FromRules(set);
  REQUIRE(loaded.ok());
  const TokenLexicon lex = std::move(loaded).value();
  CHECK(lex.ClassOf("said") == (kCueSpeech | kBoundary));
  CHECK(lex.ClassOf("newspaper") == kOutlet);
  CHECK(lex.ClassOf("counterarguments-made") == kCueSpeech);  // lower-cased when added
  CHECK(lex.ClassOf("counterarguments-made-twice") == kOutlet);
  CHECK(lex.ClassOf("counterarguments-maid") == 0u);  // the same first 16 bytes
  CHECK(lex.ClassOf("counterarguments") == 0u);
  CHECK(lex.ClassOf("sai") == 0u);
  CHECK(lex.ClassOf("") == 0u);
}

TEST_CASE("Token frames: each form gives its frame", "[extract][frames]") {
  const Case cases[] = {
      {"The newspaper wrote that the plan would fail.", "The newspaper|wrote|that the plan would fail|that-clause"},
      {"Rueckert told Reuters he resigned last week.", "Rueckert|told|he resigned last week|bare-clause"},
      // "Will" inside a sentence before a capitalised word is a first name.
      {"\"It is expensive,\" said Will Doyle, a professor.", "Will Doyle, a professor|said|\"It is expensive,\"|quote-before"},
      // A that-clause past a participle used as an adjective, past "last week", and past a chain
      // of circumstances longer than eight words.
      {"Jill A. Martin said in a written statement that the charges had no substance.",
       "Jill A. Martin|said|that the charges had no substance|that-clause"},
      {"Ginsburg said in an interview with The Associated Press last week that she did not want it.",
       "Ginsburg|said|that she did not want it|that-clause"},
      {"Estrosi said in one of a series of Twitter messages that the truck was carrying arms.",
       "Estrosi|said|that the truck was carrying arms|that-clause"},
      // ... past a skip word used as an adjective, and before a plural subject.
      {"Ifill said in a long interview that trials were instrumental.", "Ifill|said|that trials were instrumental|that-clause"},
      // A long plural subject that opens the sentence.
      {"The state officials whose laws have been invalidated say the real change came later.",
       "The state officials whose laws have been invalidated|say|the real change came later|bare-clause"},
      {"Democrats trying to win the Senate in November say they have a new weapon.",
       "Democrats trying to win the Senate in November|say|they have a new weapon|bare-clause"},
      // A second that-clause of the same saying after ", but" goes on; "but that" and a noun
      // is a clause of its own.
      {"The governor said the U.S. needs to secure the border, but that he would not support mass deportation.",
       "The governor|said|the U.S. needs to secure the border, but that he would not support mass deportation|bare-clause"},
      {"Voters said they voted for Sanders in Virginia, but that group was more likely to support Clinton.",
       "Voters|said|they voted for Sanders in Virginia|bare-clause; group|likely to support|Clinton|object"},
      // An object ends before "and" and a pronoun that open a clause of their own.
      {"Trump called the attack \"an assault on our country,\" and he noted the deaths of black men.",
       "Trump|called|the attack \"an assault on our country,\"|object; he|noted|the deaths of black men|bare-clause"},
      // An inverted source with a relative clause to the sentence's end.
      {"The talks will fail, said an American official who was briefed on the details.",
       "an American official who was briefed on the details|said|The talks will fail|clause-before"},
      // "May" after a name is part of it.
      {"Prime Minister Theresa May said Britain would leave.", "Prime Minister Theresa May|said|Britain would leave|bare-clause"},
      // An appositive that ends in a possessive is still the source's.
      {"Paul Begala, a friend of the couple's, said that the president is strong.",
       "Paul Begala, a friend of the couple's|said|that the president is strong|that-clause"},
      // An object goes on past a relative clause between commas to what the verb takes next.
      {"Cruz is praising Jeb Bush, who ended his bid on Saturday, as a man who did not go to the gutter.",
       "Cruz|praising|Jeb Bush, who ended his bid on Saturday, as a man who did not go to the gutter|object"},
      {"The daily wrote, \"It is a bad plan.\"", "The daily|wrote|\"It is a bad plan.\"|quote-after"},
      {"\"It is a bad plan,\" the daily wrote.", "the daily|wrote|\"It is a bad plan,\"|quote-before"},
      {"\"It is a bad plan,\" the state news agency Khovarwrote in a commentary.",
       "the state news agency Khovar|wrote|\"It is a bad plan,\"|quote-before"},
      {"\"It is a bad plan\" for them, said Yuriy Ushakov, a Putin aide.",
       "Yuriy Ushakov, a Putin aide|said|\"It is a bad plan\"|quote-before"},
      {"\"It is bad,\" he said, \"and it will fail.\"", "he|said|\"It is bad,\" he said, \"and it will fail.\"|quote-split"},
      // Joined by "and" or "but" too (s36); not a name given with "as".
      {"\"I love Larry,\" he said, but \"he works for the coal industry.\"",
       "he|said|\"I love Larry,\" he said, but \"he works for the coal industry.\"|quote-split"},
      {"Mills \"got an immunity agreement,\" Jordan said, and still \"got to sit in on the interview.\"",
       "Jordan|said|Mills \"got an immunity agreement,\" Jordan said, and still \"got to sit in on the interview.\"|quote-split"},
      {"Her failings are outweighed by her strengths, it said.",
       "it|said|Her failings are outweighed by her strengths|clause-before"},
      {"The general was killed on Sunday, a source told Reuters.",
       "a source|told|The general was killed on Sunday|clause-before"},
      {"CHINA MUST CUT DEMAND PEKING, March 25 - China must cut demand, Premier Zhao told parliament.",
       "Premier Zhao|told|China must cut demand|clause-before"},
      // A headline with a dash of its own before the dateline: the content starts after both.
      {"TURKEY SEEKING SUGAR - TRADE LONDON, March 5 - Turkey is holding a buying tender, traders said.",
       "traders|said|Turkey is holding a buying tender|clause-before"},
      // (A dash in the prose after the dateline is no second dateline.)
      {"OIL PRICES FALL LONDON, March 5 - Brent - the benchmark - fell, traders said.",
       "traders|said|Brent - the benchmark - fell|clause-before"},
      // The object before an infinitive is part of the content (PolNeAR's convention), not a
      // circumstance between them (branch attr18a).
      {"The senator urged Congress to pass the bill.", "The senator|urged|Congress to pass the bill|infinitive"},
      {"The senator urged Congress on Monday to pass the bill.", "The senator|urged|to pass the bill|infinitive"},
      {"Trump vowed to \"bomb the hell\" out of the group.", "Trump|vowed|to \"bomb the hell\" out of the group|infinitive"},
      {"The governor criticized the president's foreign policy.",
       "The governor|criticized|the president's foreign policy|object"},
      {"The NAACP called for a moratorium on charter schools.", "The NAACP|called|a moratorium on charter schools|object"},
      {"The general was killed on Sunday, according to a source.",
       "a source|according to|The general was killed on Sunday|according-after"},
      {"Graham, a former candidate, told CNN that Cruz would win.",
       "Graham, a former candidate|told|that Cruz would win|that-clause"},
      {"She backed the bill, saying that it would help farmers.",
       "She|backed|the bill|object; She|saying|that it would help farmers|that-clause"},
      {"A reporter asked whether he would run.", "A reporter|asked|whether he would run|that-clause"},
      {"Many lawmakers say there are also security concerns.", "Many lawmakers|say|there are also security concerns|bare-clause"},
      {"The commission says that \"there were issues.\"", "The commission|says|that \"there were issues.\"|that-clause"},
      {"Acts of protest, Mr. Obama said, are acts of patriotism.",
       "Mr. Obama|said|Acts of protest, Mr. Obama said, are acts of patriotism|clause-around"},
      {"The park, which, Tompkins said, is usually full, is near.", "Tompkins|said|which, Tompkins said, is usually full, is near|clause-around"},
      // A subordinate clause after the inverted frame goes on with the content (s36), unless a
      // cue of its own follows.
      {"He is leaning toward Kasich, he said, because he prizes electability.",
       "he|said|He is leaning toward Kasich, he said, because he prizes electability|clause-around"},
      // A clause of the narration joined by "and" is no part of an inverted frame's source (s36).
      {"The talk did not go well with Republicans, and the meeting deteriorated, said a GOP source.",
       "a GOP source|said|The talk did not go well with Republicans, and the meeting deteriorated|clause-before"},
      // (The second source's content is the whole sentence before it, as the clause-before form
      // takes it.)
      {"The parade was quiet, KING-TV reported, while in Chicago it began late, the Sun-Times reported.",
       "KING-TV|reported|The parade was quiet|clause-before; the Sun-Times|reported|The parade was quiet, KING-TV reported, while "
       "in Chicago it began late|clause-before"},
      {"Trump is a fraud, lawmakers said Friday, as they met.", "lawmakers|said|Trump is a fraud|clause-before"},
      {"Trump said he would order a review and warned that hackers were active.",
       "Trump|said|he would order a review|bare-clause; Trump|warned|that hackers were active|that-clause"},
      {"Kasich says he would sit Putin down and tell him to stop.", "Kasich|says|he would sit Putin down and tell him to stop|bare-clause"},
      {"Officials say prices rose sharply and warn that rates will climb.",
       "Officials|say|prices rose sharply|bare-clause; Officials|warn|that rates will climb|that-clause"},
      {"Pence: Gennifer Flowers Won't Be at Debate.", "Pence|:|Gennifer Flowers Won't Be at Debate|colon"},
      {"PENCE: Well, look, it is serious business.", "PENCE|:|Well, look, it is serious business|colon"},
      {"Polls agree - Carl Bialik: \"Keep on contacting voters.\"",
       "Carl Bialik|:|\"Keep on contacting voters.\"|colon"},
      {"Voters left \"a rigged system.\" She adds, \"It is bad.\"", "She|adds|\"It is bad.\"|quote-after"},
      // A quotation that closed with a stop is still its frame's when the frame ends the sentence,
      // and one that trails off ends no sentence.
      {"\"We will find the emails.\" Trump said.", "Trump|said|\"We will find the emails.\"|quote-before"},
      {"\"I will look at a lot of people...\" Clinton said.", "Clinton|said|\"I will look at a lot of people...\"|quote-before"},
      {"Voters left \"a rigged system.\" She said she would fight.", "She|said|she would fight|bare-clause"},
      {"It would mean dilution, noted Daniel Williams, an analyst at the bank.",
       "Daniel Williams, an analyst at the bank|noted|It would mean dilution|clause-before"},
      // "made (it) clear" is a verb of saying of three words.
      {"Smith made it clear that he must pay.", "Smith|made it clear|that he must pay|that-clause"},
      {"Officials made clear Monday they have no plans to spend money.",
       "Officials|made clear|they have no plans to spend money|bare-clause"},
      // An adverb between commas after the cue; a quotation after "and said,".
      {"He said, twice, that he was going back to work.", "He|said|that he was going back to work|that-clause"},
      {"Ms. Sherry smiled and said, \"I am waiting for Michael Bloomberg.\"",
       "Ms. Sherry|said|\"I am waiting for Michael Bloomberg.\"|quote-after"},
      // After a clause, any appositive of an inverted source ends the content; before a phrase
      // with no verb, or before a verb after the appositive, the sentence around them is the content.
      {"Clinton has a strong ground game, said Mindy Romero, director of the California Civic Engagement Project.",
       "Mindy Romero|said|Clinton has a strong ground game|clause-before"},
      {"The major drawback to certificates, said Landis, is that they increase exposure.",
       "Landis|said|The major drawback to certificates, said Landis, is that they increase exposure|clause-around"},
      {"The cost of certificates, said the GAO source, depends on the rates.",
       "the GAO source|said|The cost of certificates, said the GAO source, depends on the rates|clause-around"},
      {"The paradox of Nancy, says Carl Anthony, historian at the library, is that she was powerful.",
       "Carl Anthony|says|The paradox of Nancy, says Carl Anthony, historian at the library, is that she was powerful|clause-around"},
      {"Sen. David Perdue (R-Ga.) said he disagreed.", "Sen. David Perdue (R-Ga.)|said|he disagreed|bare-clause"},
      // "No." before a number ends no sentence ("He said no." still ends one).
      {"Senator John Cornyn of Texas, the No. 2 Republican in the Senate, said the chamber will vote.",
       "Senator John Cornyn of Texas, the No. 2 Republican in the Senate|said|the chamber will vote|bare-clause"},
      {"The state's campaign chairman, Phil Lovas, said he cannot comment.",
       "The state's campaign chairman, Phil Lovas|said|he cannot comment|bare-clause"},
      {"Paul Porter, a truck driver from Ava, who is a union member, said he already received overtime.",
       "Paul Porter, a truck driver from Ava, who is a union member|said|he already received overtime|bare-clause"},
      {"Mr. Prasad, a former official at the fund, said Ms. Brainard conveyed empathy.",
       "Mr. Prasad, a former official at the fund|said|Ms. Brainard conveyed empathy|bare-clause"},
      {"Sen. Johnny Isakson (R-Ga.), one of the few co-authors still in office, said he remembers it.",
       "Sen. Johnny Isakson (R-Ga.), one of the few co-authors still in office|said|he remembers it|bare-clause"},
      {"\"It would have been fairer,\" the press secretary, Josh Earnest, said on Tuesday.",
       "the press secretary, Josh Earnest|said|\"It would have been fairer,\"|quote-before"},
      // A passive of a speech verb with its agent: the agent is the source, the subject the content.
      {"O'Malley's move was first reported by MSNBC.", "MSNBC|was first reported by|O'Malley's move|passive-agent"},
      // A quotation that the narration's clause leads into: the content is the clause.
      {"Guns are \"the ultimate public health crisis,\" she said.", "she|said|Guns are \"the ultimate public health crisis,\"|quote-before"},
      // A quoted phrase the clause goes on from: the whole clause.
      {"Sanders alleged \"fraud\" over delegate selection in Nevada.",
       "Sanders|alleged|\"fraud\" over delegate selection in Nevada|quote-after"},
      // Not from a quotation that its own comma or stop closes: a whole saying, or a title set
      // off; unless a second quotation or an inverted frame follows.
      {"Trump would denounce \"self-deportation,\" which is like a sundae to him.",
       "Trump|denounce|\"self-deportation,\"|quote-after"},
      {"He yelled \"You lie!\" at President Obama.", "He|yelled|\"You lie!\"|quote-after"},
      {"He said \"I am a negotiator,\" and \"Nobody negotiates better.\"",
       "He|said|\"I am a negotiator,\" and \"Nobody negotiates better.\"|quote-after"},
      {"Ortner added \"I do not regard the dollar as cheap,\" he said.",
       "Ortner|added|\"I do not regard the dollar as cheap,\" he said|quote-after"},
      {"Glenn Beck Says Trump Poses A Threat To Democracy.", "Glenn Beck|Says|Trump Poses A Threat To Democracy|headline"},
      // The inverted form, the verb of saying last (s36).
      {"Trump Could Address Clean Energy, Lindsey Graham Says.", "Lindsey Graham|Says|Trump Could Address Clean Energy|headline"},
      // Other cues in a headline take their object, up to the headline's second part; "Just"
      // may stand before the verb.
      {"Pence Endorses Paul Ryan With Trump's Blessing.", "Pence|Endorses|Paul Ryan With Trump's Blessing|headline"},
      {"Kasich Just Revealed The 1 Thing He Thinks The GOP Will Do, And He Will Bet On It.",
       "Kasich|Revealed|The 1 Thing He Thinks The GOP Will Do|headline"},
      {"He maintained he was innocent.", "He|maintained|he was innocent|bare-clause"},
      {"About 130,000 workers are expected to be idle.", "null|are expected|About 130,000 workers are expected to be idle|evidential"},
      {"MEAT GROUP TO FILE COMPLAINTS WASHINGTON, March 13 - The American Meat Institute, AMI, said it intended to appeal.",
       "The American Meat Institute, AMI|said|it intended to appeal|bare-clause"},
      {"Demand is expected to stay at about 240,000 tonnes, the ministry said.",
       "null|is expected|Demand is expected to stay at about 240,000 tonnes|evidential; "
       "the ministry|said|Demand is expected to stay at about 240,000 tonnes|clause-before"},
      {"Egypt and the Soviet Union are expected to sign an agreement.",
       "null|are expected|Egypt and the Soviet Union are expected to sign an agreement|evidential"},
      {"Sales rose and profits are expected to grow.", "null|are expected|profits are expected to grow|evidential"},
      {"Ben Carson appears to be slipping.", "null|appears|Ben Carson appears to be slipping|evidential"},
      // A verb of saying or judging after "appear to"/"seem to": the subject's frame.
      {"Attorneys for Clinton appeared to oppose the effort.", "Attorneys for Clinton|appeared to oppose|the effort|evidential-cue"},
      {"She seemed to imply that Trump could lead to upheaval.", "She|seemed to imply|that Trump could lead to upheaval|evidential-cue"},
      // (Not with a preposition's object as the subject, nor before a preposition: the
      // evidential.)
      {"Stumpf in a televised interview appeared to blame the workers.",
       "null|appeared|Stumpf in a televised interview appeared to blame the workers|evidential"},
      {"The party seemed to acknowledge by tacking on more of them.",
       "null|seemed|The party seemed to acknowledge by tacking on more of them|evidential"},
      {"For much of his career, Manafort seemed to be part of the establishment after all.",
       "null|seemed|Manafort seemed to be part of the establishment|evidential"},
      {"Romney, who is expected to deliver a speech, arrived.", "null|is expected|who is expected to deliver a speech|evidential"},
      {"In this case, it appears that Trump had helped.", "null|appears|it appears that Trump had helped|evidential"},
      {"Asked whether the campaign had been hard, Mr. Biden smiled.", "null|Asked|whether the campaign had been hard|asked"},
      {"He spoke on television when asked how ties would fare.", "null|asked|how ties would fare|asked"},
      // An auxiliary before a base form of a speech verb (branch attr17a).
      {"CNN will report that Carson is dropping out.", "CNN|report|that Carson is dropping out|that-clause"},
      {"The campaign would only say that the review was routine.",
       "The campaign|say|that the review was routine|that-clause"},
      // A relative clause around source and cue, a verb group after the cue (branch attr17a).
      {"The changes, which officials said will go into effect soon, were announced.",
       "officials|said|which officials said will go into effect soon|clause-relative"},
      {"It is the reform that he said would fail.", "he|said|that he said would fail|clause-relative"},
      // With no relative word, from the noun's phrase it modifies (s38); not after a relative
      // source ("an official who asked not to be named").
      {"It is a step they believe could help unify the party.", "they|believe|a step they believe could help unify the party|clause-relative"},
      {"Officials opened a probe the agency said was ongoing.", "the agency|said|a probe the agency said was ongoing|clause-relative"},
      {"\"It is a fit,\" said an official who asked not to be named.", "an official who asked not to be named|said|\"It is a fit,\"|quote-before"},
      // Partitive and prepositional subjects: the quantity is part of the source, and a plural
      // head before a preposition takes a base form (branch attr17a).
      {"Some of her followers even questioned the star's identity.",
       "Some of her followers|questioned|the star's identity|bare-clause"},
      {"19 percent of college students polled support Clinton.",
       "19 percent of college students polled|support|Clinton|object"},
      {"Audit files from the vendor show that four accounts searched the data.",
       "Audit files from the vendor|show|that four accounts searched the data|that-clause"},
      // A quantity that opens a clause is a source (branch attr17a).
      {"Many fear Trump will feed insecurity.", "Many|fear|Trump will feed insecurity|bare-clause"},
      {"Two in three said they are less likely to vote.", "Two in three|said|they are less likely to vote|bare-clause"},
      {"But some argue that the figures are lower.", "some|argue|that the figures are lower|that-clause"},
      // A verb of saying after "and" takes the sentence's subject (branch attr17a).
      {"By the end of the day, Mr. Trump was forced into damage control and said that his words were misconstrued.",
       "Mr. Trump|said|that his words were misconstrued|that-clause"},
      {"The agency declined and said it would review the case.", "The agency|said|it would review the case|bare-clause"},
      // A verb that goes on to the cue through "to" (branch attr17a).
      {"Trump went on to say that the wall would be built.", "Trump|went on to say|that the wall would be built|that-clause"},
      {"He tried to explain that the rules had changed.", "He|tried to explain|that the rules had changed|that-clause"},
      // An appositive that ends in an abbreviation's stop (branch attr17a).
      {"Sen. Marco Rubio, R-Fla., said Obama failed to act.", "Sen. Marco Rubio, R-Fla.|said|Obama failed to act|bare-clause"},
      // A parenthesis between dashes in the source (branch attr17a).
      {"Jason Sims - a teacher from Mount Pleasant - says he made a late decision.",
       "Jason Sims - a teacher from Mount Pleasant|says|he made a late decision|bare-clause"},
      {"The three scholars -- Mr. Tribe, Ms. Epstein and Mr. Amar -- agreed that the law was void.",
       "three scholars -- Mr. Tribe, Ms. Epstein and Mr. Amar|agreed|that the law was void|that-clause"},
      // An evidence verb after its content (branch attr17a).
      {"Large sections of the city are divided by race and income, other studies have shown.",
       "other studies|shown|Large sections of the city are divided by race and income|clause-before"},
      {"Iran freed them, in what many analysts said was a sign of change.",
       "many analysts|said|what many analysts said was a sign of change|clause-relative"},
      {"In a new Fox News poll released Thursday, Trump achieved 45 percent support.",
       "a new Fox News poll released Thursday|In|Trump achieved 45 percent support|poll-before"},
      {"Despite the snow, Rubio moved to second in a Florida Southern College survey.",
       "a Florida Southern College survey|in|Rubio moved to second|poll-after"},
      {"But, according to the poll, 46 percent remain undecided.",
       "the poll|according to|But, according to the poll, 46 percent remain undecided|according-around"},
      {"Obama said state and local authorities - and not the federal government - are in charge.",
       "Obama|said|state and local authorities - and not the federal government - are in charge|bare-clause"},
      {"Obama said rules must go by 1992 -- but this will take time.", "Obama|said|rules must go by 1992|bare-clause"},
      {"Then there was Donald Trump's claim that countries cheat.", "Donald Trump|claim|that countries cheat|noun-that"},
      // A noun phrase that is the sentence's subject ends before the main verb's be or have.
      {"The Bundesbank's decision to send an expert to Brunswick was part of the normal assistance.",
       "The Bundesbank|decision|to send an expert to Brunswick|noun-infinitive"},
      // Or its modal or "do", not a relative clause's (s36).
      {"Japan's plan to cut beef prices will not boost demand.", "Japan|plan|to cut beef prices|noun-infinitive"},
      {"Kadzik's refusal to answer fully did not go over well.", "Kadzik|refusal|to answer fully|noun-infinitive"},
      {"Voters liked her support for research that could lead to cures.", "her|support|research that could lead to cures|noun-object"},
      // An approximate quantity opens a bare clause; other prepositions do not.
      {"The budget office said about half of the adjustment reflected revenue losses.",
       "The budget office|said|about half of the adjustment reflected revenue losses|bare-clause"},
      {"He said about the plan that it was good.", "He|said|that it was good|that-clause"},
      // (A source that ends in a time phrase is still one when a name opens it.)
      {"Gonzalez, named to his post 11 months ago, said his office had received complaints.",
       "Gonzalez, named to his post 11 months ago|said|his office had received complaints|bare-clause"},
      // "points" is a cue only before "out" (or "pointed to"): a price clause goes on past it.
      {"It said the index, which is new, rose to 132 points.", "It|said|the index, which is new, rose to 132 points|bare-clause"},
      // "point to" after a subject is a cue; after a count, or before a number, it is not (s36).
      {"The findings point to growing momentum among Democrats.", "The findings|point|growing momentum among Democrats|object"},
      {"The index rose 5 points to 1,234.", ""},
      {"Voters liked Clinton's promise to raise the minimum wage.",
       "Clinton|promise|to raise the minimum wage|noun-infinitive"},
      {"Other Republicans joined Pence's call for a special prosecutor.", "Pence|call|a special prosecutor|noun-object"},
      {"He promises to immediately declare it a currency manipulator.",
       "He|promises|to immediately declare it a currency manipulator|infinitive"},
      {"Clinton vowed to keep abortion legal and celebrated the ruling.", "Clinton|vowed|to keep abortion legal|infinitive"},
      // (A comma inside a number ends no phrase.)
      {"Clinton vowed to raise 240,000 dlrs for the fund.", "Clinton|vowed|to raise 240,000 dlrs for the fund|infinitive"},
      {"The organization also points out that the law is new.", "The organization|points|that the law is new|that-clause"},
      {"Clinton told AIPAC, referring to the business mogul.", "Clinton|referring|the business mogul|object"},
      {"Various rivals see him as a threat.", "Various rivals|see|him as a threat|object"},
      // (attr18b) A cue word that heads the source; counts and plurals without -s before a base
      // form; "this" after a cue opens a clause unless a time word follows.
      {"The report said the plan would fail.", "The report|said|the plan would fail|bare-clause"},
      {"Abortion rights advocates said the ruling was a victory.",
       "Abortion rights advocates|said|the ruling was a victory|bare-clause"},
      {"Reports say the deal is close.", "Reports|say|the deal is close|bare-clause"},
      {"His tweet said the vote was rigged.", "His tweet|said|the vote was rigged|bare-clause"},
      {"Six in 10 say he is decisive.", "Six in 10|say|he is decisive|bare-clause"},
      {"A mere 9 percent say they only buy American.", "A mere 9 percent|say|they only buy American|bare-clause"},
      {"Nearly a third say they don't know.", "a third|say|they don't know|bare-clause"},
      {"By big margins, those surveyed say the economy comes first.",
       "those surveyed|say|the economy comes first|bare-clause"},
      {"Data show the economy is slowing.", "Data|show|the economy is slowing|object"},
      {"People say the economy is slowing.", "People|say|the economy is slowing|bare-clause"},
      {"He said this is a rough patch.", "He|said|this is a rough patch|bare-clause"},
      {"He said this week that the plan would fail.", "He|said|that the plan would fail|that-clause"},
      // A poll, study or report finds an object, to its clause's end.
      {"The April survey found Clinton leading Sanders by seven points, with 17 percent undecided.",
       "The April survey|found|Clinton leading Sanders by seven points, with 17 percent undecided|object"},
      {"A study by Media Matters found the nominee garnered twice as much airtime.",
       "A study by Media Matters|found|the nominee garnered twice as much airtime|object"},
      // A title in quotation marks before the source is no quote-before content when a clause
      // follows the cue; a quotation is as before.
      {"On Fox News channel's \"Sunday Morning Futures,\" Rep. Darrell Issa said Clinton's judgment is in question.",
       "Rep. Darrell Issa|said|Clinton's judgment is in question|bare-clause"},
      {"On \"Morning Joe,\" co-host Mika Brzezinski asked Trump how he would handle it.",
       "co-host Mika Brzezinski|asked|how he would handle it|that-clause"},
      {"\"We Will Win,\" Trump said Monday.", "Trump|said|\"We Will Win,\"|quote-before"},
      // A headline in Title Case with a name and a colon: the colon frame, not a verb inside it.
      {"Gingrich: Trump Must Decide If He Wants a Two-Pirate Ticket.",
       "Gingrich|:|Trump Must Decide If He Wants a Two-Pirate Ticket|colon"},
      // A passive "was asked": the question is the content, an asker after "by" its source.
      {"Clinton was asked about securing the border.", "null|asked|about securing the border|asked"},
      {"Rubio was asked by a caller why young men are coming.", "a caller|asked|why young men are coming|asked"},
      // "read" introduces a quotation (a sign, a statement).
      {"\"America is great!\" read one sign.", "one sign|read|\"America is great!\"|quote-before"},
      {"The statement read, \"We will not comment.\"", "The statement|read|\"We will not comment.\"|quote-after"},
      // "according to" with no comma before it, when a determined or named phrase ends the
      // clause; a long source before the comma of "According to X, Z".
      {"Clinton leads Sanders by 271 delegates according to a count by The Associated Press.",
       "a count by The Associated Press|according to|Clinton leads Sanders by 271 delegates|according-after"},
      {"According to early results of exit polls conducted for The Associated Press and networks by Edison Research, "
       "voters are angry.",
       "early results of exit polls conducted for The Associated Press and networks by Edison Research|According to|voters "
       "are angry|according-before"},
      // What the source gives runs to the sentence's end, but not over a cue of its own.
      {"According to pay lists, the basic pay is 1,977 cruzados a month, while allowances can bring it to 4,000 cruzados.",
       "pay lists|According to|the basic pay is 1,977 cruzados a month, while allowances can bring it to 4,000 "
       "cruzados|according-before"},
      {"According to the report, unemployment would have stood at 2.2 pct, the SCB said.",
       "the report|According to|unemployment would have stood at 2.2 pct|according-before; the SCB|said|According to the report, "
       "unemployment would have stood at 2.2 pct|clause-before"},
      {"\"We are not going anywhere.\" - Sonya Herridge", "Sonya Herridge|-|\"We are not going anywhere.\"|dash-signed"},
      {"\"He calls it \"hell\" and I do not.\" - Adriana Rodarte.\n\"It is bad.\" - Jacklyn Ashley",
       "Adriana Rodarte|-|\"He calls it \"hell\" and I do not.\"|dash-signed; Jacklyn Ashley|-|\"It is bad.\"|dash-signed"},
      // Content bounds (branch attr18a): a short parenthesis and ", though" or ", even" are
      // inside the clause, and an object goes on at ", including" (PolNeAR's convention).
      {"She said the senator (R-Utah) would run.", "She|said|the senator (R-Utah) would run|bare-clause"},
      {"He said it was possible, though not likely, that she would lose.",
       "He|said|it was possible, though not likely, that she would lose|bare-clause"},
      {"He said the trip mattered, even though it got less attention.",
       "He|said|the trip mattered, even though it got less attention|bare-clause"},
      // A second that-clause after a dash goes on too (not a dash's other asides).
      {"Maloy said he understands her position - and that he will back her.",
       "Maloy|said|he understands her position - and that he will back her|bare-clause"},
      {"Maloy said he understands her position - and he will back her.", "Maloy|said|he understands her position|bare-clause"},
      {"She criticized the plan, including its cost.", "She|criticized|the plan, including its cost|object"},
      // A particle takes a sum too.
      {"He calls for $1 trillion in new spending.", "He|calls|$1 trillion in new spending|object"},
      // Nor at a noun of saying after a modifier ("strong demand for buildings", "user support
      // services"): a clause of its own needs a cue after its subject (s36).
      {"The DIW said the split was between weak demand for capital goods, and strong demand for buildings.",
       "The DIW|said|the split was between weak demand for capital goods, and strong demand for buildings|bare-clause"},
      // (Even over a cue word in what it lists: "promises" is no clause of its own.)
      {"Foote said terms of the deal, including his promises to build a plant, were not released.",
       "Foote|said|terms of the deal, including his promises to build a plant, were not released|bare-clause"},
      {"He said it was fine, because the law allowed it.", "He|said|it was fine, because the law allowed it|bare-clause"},
      // A clause ends before an appositive that sums it up, not before a clause that an
      // indefinite subject opens.
      {"He said it would slash up to 30,000 jobs, a mass layoff rivaling the cuts.",
       "He|said|it would slash up to 30,000 jobs|bare-clause"},
      {"He said if prices fell, a deal would follow.", "He|said|if prices fell, a deal would follow|that-clause"},
      // A clause with an auxiliary before "if" or "that" is the content, not what follows.
      {"Dealers said prices might rise if the dollar fell.", "Dealers|said|prices might rise if the dollar fell|bare-clause"},
      {"He said also that the plan would fail.", "He|said|that the plan would fail|that-clause"},
      {"Some said this might occur if the dollar fell much below 148 yen.",
       "Some|said|this might occur if the dollar fell much below 148 yen|bare-clause"},
      {"He said this week that the plan would fail.", "He|said|that the plan would fail|that-clause"},
      // An object goes on over a comma between adjectives and through a list to its "and".
      {"She criticized its important, oil-rich ally.", "She|criticized|its important, oil-rich ally|object"},
      {"He criticized mass migration, foreign wars, and donor attacks on voters.",
       "He|criticized|mass migration, foreign wars, and donor attacks on voters|object"},
      {"He criticized trade, energy, defense and banking sanctions.",
       "He|criticized|trade, energy, defense and banking sanctions|object"},
      // (s23) A quoted exclamation or question before "said X" ends no sentence.
      {"\"He is dangerous to our country!\" said Tom Burke, who is coming from Grand Rapids.",
       "Tom Burke|said|\"He is dangerous to our country!\"|quote-before"},
      {"\"Is it right?\" said Murphy.", "Murphy|said|\"Is it right?\"|quote-before"},
      // A person word goes on through a preposition in a source.
      {"\"It is a good deal,\" a spokesman for committee Democrats said.",
       "a spokesman for committee Democrats|said|\"It is a good deal,\"|quote-before"},
      // A participle clause goes on with a clause that has a verb group of its own.
      {"The bank announced it would end the incentives, beginning in January.",
       "The bank|announced|it would end the incentives, beginning in January|bare-clause"},
      // A name with a quotation or a possessive after it opens the content; a described person
      // with a relative clause is a source.
      {"Steve Huhn, a former vice president, said Fiorina \"was heavily involved.\"",
       "Steve Huhn, a former vice president|said|Fiorina \"was heavily involved.\"|bare-clause"},
      {"The lawmaker, who represents a district in Albay province, said Trump's remarks \"have had wide dissemination.\"",
       "The lawmaker, who represents a district in Albay province|said|Trump's remarks \"have had wide dissemination.\"|bare-clause"},
      // A second verb after "and" of any cue class takes the sentence's subject.
      {"Trump doubled down on his comments and defended the judge's removal.",
       "Trump|defended|the judge's removal|object"},
      // A source-head noun after a determiner, and the source to the sentence's end.
      {"Coin flips settled six counties, according to a report in the Des Moines Register.",
       "a report in the Des Moines Register|according to|Coin flips settled six counties|according-after"},
      {"Hackers accessed the computer, according to the congressional report.",
       "the congressional report|according to|Hackers accessed the computer|according-after"},
      // A participle after a skip word and a comma takes the sentence's subject.
      {"He was complimentary, perhaps recognizing that imitation is flattery.",
       "He|recognizing|that imitation is flattery|that-clause"},
      // What was asked or written about.
      {"She asked Sanders about the people deported under Obama.",
       "She|asked|about the people deported under Obama|object"},
      {"The attorney general asked the Supreme Court for quick action.",
       "The attorney general|asked|for quick action|object"},
      // as-reported: "As reported by X, Z", "..., as X reported, Z", "Z, as X reported."
      {"As reported by Western Journalism, investigators found 2,200 emails.",
       "Western Journalism|reported|investigators found 2,200 emails|as-reported"},
      {"As The Hill reported, Trump was accused of breaking debate rules.",
       "The Hill|reported|Trump was accused of breaking debate rules|as-reported"},
      {"Weeks ago, as Hedrick Smith reported in his book, the officials had lavish houses.",
       "Hedrick Smith|reported|Weeks ago, as Hedrick Smith reported in his book, the officials had lavish houses|as-reported"},
      {"Trump won the primary, as CNN reported.", "CNN|reported|Trump won the primary|as-reported"},
      // ... past an auxiliary or adverb, and without an opening connective (s32).
      {"It does not answer whether Scott had a gun, as police have said.",
       "police|said|It does not answer whether Scott had a gun|as-reported"},
      {"And, as The Huffington Post previously reported, Clinton is the top recipient.",
       "The Huffington Post|reported|Clinton is the top recipient|as-reported"},
      // (Not a verb of intent: "as it had threatened" reports nothing.)
      {"The dealers decided not to delist the shares, as it had threatened.", "The dealers|decided|not to delist the shares|infinitive"},
      // Plural person words before a preposition are a plural subject.
      {"Rather, sources close to her campaign say she stands fully behind the plan.",
       "sources close to her campaign|say|she stands fully behind the plan|bare-clause"},
      {"Officials familiar with the talks say a deal is near.",
       "Officials familiar with the talks|say|a deal is near|bare-clause"},
      {"Aides to Clinton say she is shifting her tack.", "Aides to Clinton|say|she is shifting her tack|bare-clause"},
      // A person as the object ends before a circumstance; a party after a name before a colon.
      {"He praised Cruz in a recent interview with The Post.", "He|praised|Cruz|object"},
      {"Jeb Bush endorsed Ted Cruz Wednesday.", "Jeb Bush|endorsed|Ted Cruz|object"},
      {"Rep. Trey Gowdy (R-S.C.): \"I have not heard anyone cite that figure.\"",
       "Rep. Trey Gowdy (R-S.C.)|:|\"I have not heard anyone cite that figure.\"|colon"},
      // An abbreviation's period before a lower-case word or a number ends no clause.
      {"He said the hearing failed to explain the Sept. 11 attacks on the compounds.",
       "He|said|the hearing failed to explain the Sept. 11 attacks on the compounds|bare-clause"},
      // A quotation ending in a comma ends the clause before a participle cue, which takes the
      // same source.
      {"Trump said things \"should be wrapped up by Cleveland,\" referring to the convention.",
       "Trump|said|things \"should be wrapped up by Cleveland,\"|bare-clause; Trump|referring|the convention|object"},
      // ", and he ..." opens a clause of the narration; a subordinate clause ends an object.
      {"Rubio said the real extremist is Clinton, and he left the stage early.",
       "Rubio|said|the real extremist is Clinton|bare-clause"},
      {"He criticized the bill because it fell short of the request.", "He|criticized|the bill|object"},
      // ", according to X." gives the last clause before it: a relative clause or a "with" phrase.
      {"He did poorly among Mormons, who account for a majority of the population, according to exit polls.",
       "exit polls|according to|who account for a majority of the population|according-after"},
      {"He is one of the poorest senators, with a net worth of less than $100,000, according to Roll Call.",
       "Roll Call|according to|a net worth of less than $100,000|according-after"},
      // A stray comma after a name and its party.
      {"Sen. Jack Reed (D-R.I.), said after a lunch on Tuesday that he had not read the plan.",
       "Sen. Jack Reed (D-R.I.)|said|that he had not read the plan|that-clause"},
      // New cue-other verbs; "attacked" a person, "offered" a determined thing.
      {"Donald Trump attacked Mitt Romney for being a failed candidate.",
       "Donald Trump|attacked|Mitt Romney for being a failed candidate|object"},
      {"The senator voiced concern over the deal.", "The senator|voiced|concern over the deal|object"},
      // A possessive pronoun before a noun of saying with a that-clause or a call.
      {"It is their claim that the vote was rigged.", "their|claim|that the vote was rigged|noun-that"},
      {"He renewed his call for a ban on imports.", "his|call|a ban on imports|noun-object"},
      // (s24) A pronoun's "'s" opens a clause after "and said"; the subject's party and a day
      // before its first verb; "here" between source and cue; a duration after the cue; a
      // description before a name with a quotation inside the content; after "and said", a
      // clause that a determiner opens when it has a verb group.
      {"Sen. Chuck Grassley (R-Iowa) on Wednesday downplayed the attack and said it's the same thing.",
       "Sen. Chuck Grassley|said|it's the same thing|bare-clause"},
      {"Her campaign workers here said they have been working the state since the spring.",
       "Her campaign workers|said|they have been working the state since the spring|bare-clause"},
      {"Cruz has said for weeks he's the only candidate who can beat Trump.",
       "Cruz|said|he's the only candidate who can beat Trump|bare-clause"},
      {"Trump's attorney, Alan Garten, said Nunberg was \"looking for free publicity.\"",
       "Trump's attorney, Alan Garten|said|Nunberg was \"looking for free publicity.\"|bare-clause"},
      // A pronoun's contraction opens a clause; "here" after an object; an adverb or "not"
      // between "is" and "expected".
      {"Pate also told Breitbart News he'd support Clinton in a general election.",
       "Pate|told|he'd support Clinton in a general election|bare-clause"},
      {"Mr. Rubio told voters here Sunday that he would continue hammering at Obama.",
       "Mr. Rubio|told|that he would continue hammering at Obama|bare-clause"},
      {"Clinton is widely expected to capture the nomination.",
       "null|is widely expected|Clinton is widely expected to capture the nomination|evidential"},
      {"The senator is not expected to sign on anytime soon.",
       "null|is not expected|The senator is not expected to sign on anytime soon|evidential"},
      // A determiner after the subject phrase opens its verb's object: the verb is not the source's.
      {"The company gave no details but said a further statement would be made shortly.",
       "The company|said|a further statement would be made shortly|bare-clause"},
      // A plural cue word right after "whether" or "that" is a noun when a preposition or verb
      // group follows it.
      {"Scott Conroy asked whether questions about his health were fair game.",
       "Scott Conroy|asked|whether questions about his health were fair game|that-clause"},
      // A name between commas and its appositive before the cue, nothing but a circumstance after.
      {"Two emails were placed in secure storage, Patrick F. Kennedy, the undersecretary for management, wrote in a memo.",
       "Patrick F. Kennedy, the undersecretary for management|wrote|Two emails were placed in secure storage|clause-before"},
      // A participle after a comma that closes a quotation, or after a dash.
      {"Donald Trump has delivered a defense of \"New York values,\" saying the city embodied the bravery of America.",
       "Donald Trump|saying|the city embodied the bravery of America|bare-clause"},
      {"Debbie Wasserman Schultz dismissed the charges - saying the campaign chose not to accept the same help.",
       "Debbie Wasserman Schultz|dismissed|the charges|bare-clause; "
       "Debbie Wasserman Schultz|saying|the campaign chose not to accept the same help|bare-clause"},
      {"In his speech, Obama praised Clinton and said his former secretary of State would finish the job.",
       "Obama|praised|Clinton|object; Obama|said|his former secretary of State would finish the job|bare-clause"},
      // (s25) A parenthesis between commas after a clause's subject, before its verb, is inside
      // the clause: a subordinate clause, a participle, a relative clause, or anything after "that,".
      {"He says the email scandal, while troublesome, was dealt with appropriately.",
       "He|says|the email scandal, while troublesome, was dealt with appropriately|bare-clause"},
      // (Its verb may open a quotation; a past participle may open it, after an adverb too: s38.)
      {"He also argued the pipeline, which is widely supported by Republicans, \"wouldn't go 10 feet\" without it.",
       "He|argued|the pipeline, which is widely supported by Republicans, \"wouldn't go 10 feet\" without it|bare-clause"},
      {"Leaders hoped the meeting, requested by Sanders, would be a moment of catharsis.",
       "Leaders|hoped|the meeting, requested by Sanders, would be a moment of catharsis|bare-clause"},
      {"It said the group, also known as ISIS, was sharing the news.", "It|said|the group, also known as ISIS, was sharing the news|bare-clause"},
      // A plural noun is no verb of the subject's ("the controls", "supporters of"); an inverted
      // source's appositive is no parenthesis of the clause (s38).
      {"The bankers said the controls, announced on March 6, are a panic reaction.",
       "The bankers|said|the controls, announced on March 6, are a panic reaction|bare-clause"},
      {"Trade will suffer on both sides of the Atlantic, Michael Jopling, the British minister, warned.",
       "Michael Jopling, the British minister|warned|Trade will suffer on both sides of the Atlantic|clause-before"},
      {"The Census Bureau says Millennials, numbering 75.3 million, surpassed Baby Boomers in 2015.",
       "The Census Bureau|says|Millennials, numbering 75.3 million, surpassed Baby Boomers in 2015|bare-clause"},
      {"Abortion opponents said the decision, which struck down restrictions on clinics, illustrates the importance of the court.",
       "Abortion opponents|said|the decision, which struck down restrictions on clinics, illustrates the importance of the court|bare-clause"},
      {"Sanders advisers insist that, with the candidate focused on the primaries, there have been few talks.",
       "Sanders advisers|insist|that, with the candidate focused on the primaries, there have been few talks|that-clause"},
      // A plural source with a prepositional phrase before a base form: "for", "of", "close to".
      {"Executives for Mondelez say the company will save $46 million.",
       "Executives for Mondelez|say|the company will save $46 million|bare-clause"},
      {"Proponents of more controls on hate speech say there is a direct correlation.",
       "Proponents of more controls on hate speech|say|there is a direct correlation|bare-clause"},
      {"The priority is trust, people close to Clinton say.", "people close to Clinton|say|The priority is trust|clause-before"},
      // A participle after an inverted source and its appositive takes that source.
      {"\"It is good strategy,\" said Ed Rendell, a former Pennsylvania governor, referring to the list of endorsements.",
       "Ed Rendell|said|\"It is good strategy,\"|quote-before; Ed Rendell|referring|the list of endorsements|object"},
      // A relative "that" after a noun is the source of a verb of saying or showing.
      {"It was a clash that signaled a newly bitter fight between the two.",
       "that|signaled|a newly bitter fight between the two|bare-clause"},
      // What a poll shows goes on past the person it names, to the comma.
      {"A Reuters rolling poll shows Trump at the top with 36 percent support.",
       "A Reuters rolling poll|shows|Trump at the top with 36 percent support|object"},
      // ... and over the figures after that comma, but not over another cue.
      {"A CNN/ORC poll showed Mr. Trump leading Mr. Cruz nationally, 45 percent to 18 percent, among white evangelical voters.",
       "A CNN/ORC poll|showed|Mr. Trump leading Mr. Cruz nationally, 45 percent to 18 percent, among white evangelical voters|object"},
      {"The latest poll shows Trump leading Clinton 44 percent to 37 percent, with 13 percent supporting another candidate.",
       "The latest poll|shows|Trump leading Clinton 44 percent to 37 percent, with 13 percent supporting another candidate|object"},
      // (The participle after "with" gives no frame of its own yet: only the first is asserted on.)
      {"Polls show Clinton with a lead in the low single digits, with RealClearPolitics showing her ahead 3 points.",
       "Polls|show|Clinton with a lead in the low single digits|object"},
      {"Polls show a close contest in the state, where 18 electoral votes are up for grabs.", "Polls|show|a close contest in the state|object"},
      // A pronoun in the object case ends the object before a circumstance, as a name does.
      {"Mrs. Clinton mentioned him in almost every speech.", "Mrs. Clinton|mentioned|him|object"},
      {"Republicans who opposed it on those grounds were silent.", "who|opposed|it|object"},
      {"He reiterated them on a radio show Thursday.", "He|reiterated|them|object"},
      // (Not before a complement: "praised her for changing her position".)
      {"Sanders praised her for changing her position.", "Sanders|praised|her for changing her position|object"},
      // Participles joined by "and" or "but" are two frames, with a subject of the second's own
      // or the first's.
      {"The meeting was cordial, with Ryan saying he was \"very encouraged\" and Trump calling it a \"great meeting.\"",
       "Ryan|saying|he was \"very encouraged\"|bare-clause; Trump|calling|it a \"great meeting.\"|object"},
      {"She attacked him, noting the problems he had with questions on banks and saying he could not answer them.",
       "She|attacked|him|object; She|noting|the problems he had with questions on banks|bare-clause; She|saying|he could not answer them|bare-clause"},
      // (Not before a participle that modifies a noun.)
      {"IRNA reported the figures, quoting the head of the budget and planning committee.",
       "IRNA|reported|the figures|bare-clause; IRNA|quoting|the head of the budget and planning committee|bare-clause"},
      // So are finite verbs of speech, the second in -ed or, in -s, before a subject, a quotation, a
      // colon or "that".
      {"Reagan said he had been silent on the scandal and admitted, \"I've paid a price for my silence.\"",
       "Reagan|said|he had been silent on the scandal|bare-clause; Reagan|admitted|\"I've paid a price for my silence.\"|quote-after"},
      {"Reid reiterated those feelings and stressed the need to treat his followers respectfully.",
       "Reid|reiterated|those feelings|bare-clause; Reid|stressed|the need to treat his followers respectfully|bare-clause"},
      // (Not a plural noun in -s, nor a verb that mostly takes an object before one.)
      {"The proposal showed that collaterals and guarantees would not be recognised.",
       "The proposal|showed|that collaterals and guarantees would not be recognised|that-clause"},
      {"Deutsche confirmed the details and added the issue would be sold in denominations of 1,000 marks.",
       "Deutsche|confirmed|the details and added the issue would be sold in denominations of 1,000 marks|bare-clause"},
      // A clause of the narration between commas before an inverted frame is no source's
      // appositive (not a name inside it: "Banco do Brasil"; nor a relative clause, a participle or
      // "as").
      {"In nearby Decatur, the big plant is hanging on, said the company's chief executive, John J. Ferriola.",
       "the company's chief executive|said|In nearby Decatur, the big plant is hanging on|clause-before"},
      {"Cacex, the foreign trade department of the Banco do Brasil, has told companies they must limit their imports.",
       "Cacex, the foreign trade department of the Banco do Brasil|told|they must limit their imports|bare-clause"},
      {"The Pentagon, as is its custom, declined to confirm what they were up to.",
       "The Pentagon, as is its custom|declined to confirm|what they were up to|that-clause"},
      // A negated verb group still gives its frame (it hedges: the extractor's stance).
      {"CNN did not report that Carson was dropping out.", "CNN|report|that Carson was dropping out|that-clause"},
      {"The spokesman did not say how much the division lost.", "The spokesman|say|how much the division lost|that-clause"},
      {"The senator didn't mention that the bill had failed.", "The senator|mention|that the bill had failed|that-clause"},
      // A share given as a figure between commas is the source's appositive (not a year).
      {"Just shy of half, 49%, say the economy is improving.", "half, 49%|say|the economy is improving|bare-clause"},
      {"A third of independents, 33 percent, say they feel that way.",
       "A third of independents, 33 percent|say|they feel that way|bare-clause"},
      {"The company, dissolved on December 17, 1986, said it will pay all of its liabilities.",
       "The company, dissolved on December 17, 1986|said|it will pay all of its liabilities|bare-clause"},
      // "lashed out at" takes its object through "out at" (not a circumstance); "lash" is no cue
      // otherwise.
      {"Trump lashed out at Khan after he delivered a speech.", "Trump|lashed|Khan|object"},
      // An object ends at "but" or "and" before a verb group of the source's.
      {"He is a Democrat who supports Clinton but is not working for her.", "who|supports|Clinton|object"},
      {"They cited a poll. It was a new poll that shows Clinton leading by seven points.",
       "They|cited|a poll|bare-clause; that|shows|Clinton leading by seven points|object"},
      // After "and", a subject phrase of four words whose verb an object follows.
      {"The American Bar Association completed its review and deemed him qualified.",
       "The American Bar Association|deemed|him qualified|object"},
      // A relative clause between commas ends before the main clause's verb.
      {"Ted Cruz, who said the plan would fail, resigned early.", "who|said|the plan would fail|bare-clause"},
      {"Ted Cruz, who said that the two men, and Mr. Cruz in particular, must do more, resigned early.",
       "who|said|that the two men, and Mr. Cruz in particular, must do more|that-clause"},
      // A participle of judgement or calling right after a noun: the noun is its source; after a
      // time or an aspect verb, the sentence subject's.
      {"The council adopted a resolution condemning the attack on the embassy.",
       "a resolution|condemning|the attack on the embassy|object"},
      {"Dozens of lawmakers joined an open letter calling Trump unfit for office.",
       "an open letter|calling|Trump unfit for office|object"},
      {"Sanders spent the week praising the candidate.", "null|praising|the candidate|object"},
      // ... and "supporting", "backing", "opposing", whose object ends before the verb of the
      // clause the noun opens.
      {"Right to Rise USA, the super PAC supporting Jeb Bush, spent $1.2 million.", "the super PAC|supporting|Jeb Bush|object"},
      {"A super PAC supporting Clinton spent heavily.", "A super PAC|supporting|Clinton|object"},
      {"Several superdelegates backing Sanders raised money.", "Several superdelegates|backing|Sanders|object"},
      {"All three candidates sent statements condemning the coordinated attacks.",
       "statements|condemning|the coordinated attacks|object"},
       {"Democrats opposing the bill were angry.", "Democrats|opposing|the bill|object"},
      // An indefinite noun before "called it" is the caller, not a thing named.
      {"A reporter for Agence France-Presse called it \"absolute chaos.\"",
       "A reporter for Agence France-Presse|called|it \"absolute chaos.\"|object"},
      // "men", "women" and "people" are plurals that take a base form.
      {"Young men support Sanders by four points.", "Young men|support|Sanders by four points|object"},
      // A catenative before "to" and a cue: the catenative's subject is the source, the cue runs
      // from the catenative, and a catenative that is a cue itself gives no frame of its own.
      {"Trump refused to endorse Ryan.", "Trump|refused to endorse|Ryan|object"},
      {"Fiorina has often sought to characterize her tenure as a success.",
       "Fiorina|sought to characterize|her tenure as a success|bare-clause"},
      {"McConnell was quick to criticize the mogul.", "McConnell|quick to criticize|the mogul|object"},
      {"Caucus-goers were slightly more likely to say they preferred Clinton.", "Caucus-goers|likely to say|they preferred Clinton|bare-clause"},
      {"Hillary Clinton is trying to show Sanders is not the only one.", "Hillary Clinton|trying to show|Sanders is not the only one|object"},
      {"The piece went on to slam Sanders.", "The piece|went on to slam|Sanders|object"},
      // (A base form in -ss: "discuss", "express".)
      {"He refused to discuss the matter.", "He|refused to discuss|the matter|object"},
      {"He declined to comment.", "He|declined|to comment|infinitive"},
      // Verbs of issuing: what is offered, issued, released, signed, passed, listed or ordered.
      {"Rubio offered an emotional evaluation of the race.", "Rubio|offered|an emotional evaluation of the race|object"},
      {"A judge in Ohio issued a ruling on the ballots.", "A judge in Ohio|issued|a ruling on the ballots|object"},
      {"The governor signed sweeping gun laws.", "The governor|signed|sweeping gun laws|object"},
      // ... and through the participle that gives what a statement says.
      {"The town issued a statement Wednesday saying Trump was wrong.",
       "The town|issued a statement Wednesday saying|Trump was wrong|object"},
      {"The ministry issued a statement that said the general was killed.",
       "The ministry|issued a statement that said|the general was killed|object"},
      {"The senators issued a statement expressing optimism about the talks.",
       "The senators|issued a statement expressing|optimism about the talks|object"},
      {"Lawmakers signed a letter backing comprehensive voting laws.", "Lawmakers|signed a letter backing|comprehensive voting laws|object"},
      // A relative word's noun described or characterized "as" something.
      {"He attacked the server, which he described as \"like an open orchid.\"",
       "he|described|as \"like an open orchid.\"|object"},
      {"They sent observers with the marchers, whom he described as \"peaceful,\" for the whole route.",
       "he|described|as \"peaceful,\"|object"},
      // Verbs of persuading take an object and its that-clause or infinitive.
      {"She persuaded voters that he is the best.", "She|persuaded|that he is the best|that-clause"},
      {"He needs to persuade Clinton supporters to back him.", "He|needs to persuade|Clinton supporters to back him|infinitive"},
      // Three apostrophes close a single quotation inside a double one.
      {"''We are told, 'Kosovo is a special case,''' Mr. Putin said.",
       "Mr. Putin|said|''We are told, 'Kosovo is a special case,'''|quote-before"},
      // Cue verbs of attack and judgement added in s25.
      {"Trump railed against the Trans-Pacific Partnership.", "Trump|railed|against the Trans-Pacific Partnership|object"},
      {"He bemoaned the lack of progress on the bill.", "He|bemoaned|the lack of progress on the bill|object"},
      {"The State Department deemed the emails classified.", "The State Department|deemed|the emails classified|object"},
      {"Rubio said the real extremist is Clinton, and he railed against the moderators.",
       "Rubio|said|the real extremist is Clinton|bare-clause; he|railed|against the moderators|object"},
      // So after a quotation that ends in its comma (s38).
      {"Frenzel said the bill was not one \"that a free trader like me could endorse,\" but he emphasized there was a consensus.",
       "Frenzel|said|the bill was not one \"that a free trader like me could endorse,\"|bare-clause; he|emphasized|there was a consensus|bare-clause"},
      // (s26) A that-clause past an adverb of time and a circumstance.
      {"Adelson said earlier on Friday during a news conference that he may wait.",
       "Adelson|said|that he may wait|that-clause"},
      // A clause before a verb of saying whose circumstance runs to the sentence's end.
      {"Democrats had put the biggest crack in the glass ceiling, she said in a video message to the convention.",
       "she|said|Democrats had put the biggest crack in the glass ceiling|clause-before"},
      // "according to" after a quotation's own comma, and a source with a quantity after its
      // determiner or "her" before its noun.
      {"She later compared the talk to a \"root canal,\" according to Axelrod's memoir.",
       "Axelrod's memoir|according to|She later compared the talk to a \"root canal,\"|according-after"},
      {"Sanders would beat Trump by five points, according to the most recent average of national polls.",
       "the most recent average of national polls|according to|Sanders would beat Trump by five points|according-after"},
      {"The suit was thrown out, according to her lawyers.", "her lawyers|according to|The suit was thrown out|according-after"},
      // "Asked" with a circumstance before its question, a question opened by "which" or "to",
      // and the asker after "by" as the source.
      {"Asked during a January debate why he trailed Clinton, Sanders said he would gain.",
       "null|Asked|why he trailed Clinton|asked; Sanders|said|he would gain|bare-clause"},
      {"Asked which Iowa county was his favorite, he demurred.", "null|Asked|which Iowa county was his favorite|asked"},
      // (A request is a question too, as PolNeAR marks it: "when asked to leave, he refused".)
      {"He was asked to leave.", "null|asked|to leave|asked"},
      {"Asked by Stephanopoulos to respond to the criticism, Carson said no.",
       "Stephanopoulos|Asked|to respond to the criticism|asked; Carson|said|no|bare-clause"},
      {"When asked by Ingraham on Thursday about foreign workers, Cruz said no.",
       "Ingraham|asked|about foreign workers|asked; Cruz|said|no|bare-clause"},
      // A quotation after a colon that a name or a source word closes; "From X:" is X.
      {"The timing does not surprise pollster Daron Shaw: \"Lesser-known candidates have seen the biggest boost.\"",
       "surprise pollster Daron Shaw|:|\"Lesser-known candidates have seen the biggest boost.\"|colon-quote"},
      {"More from Jones: \"The partisanship of the state is a starting point.\"",
       "Jones|:|\"The partisanship of the state is a starting point.\"|colon-quote"},
      // A verb of saying, "of" and whom the quotation is about, and the quotation.
      {"Axelrod said of Sanders: \"The question is, will he do the same?\"",
       "Axelrod|said|\"The question is, will he do the same?\"|quote-after"},
      {"Another user wrote of Ms. Merkel: \"Your boss is bringing them.\"", "Another user|wrote|\"Your boss is bringing them.\"|quote-after"},
      // (A name given after a definite subject is a calling: "The campaign called Trump a liar".)
      {"The campaign called Trump a liar.", "The campaign|called|Trump a liar|object"},
      // An adverb of hearsay: the clause around it, with no source.
      {"Both Google and Facebook have reportedly looked at Twitter and passed.",
       "null|have reportedly|Both Google and Facebook have reportedly looked at Twitter and passed|evidential"},
      // A circumstance after an inverted frame's comma is not the content.
      {"He was unable to find a single taker, he said, on condition of anonymity to speak freely.",
       "he|said|He was unable to find a single taker|clause-before"},
      // A participle's circumstance with a count before its quotation.
      {"Mr. Cruz mocked his talk, saying at one point, \"The answer is not simply to yell.\"",
       "Mr. Cruz|mocked|his talk|object; Mr. Cruz|saying|\"The answer is not simply to yell.\"|quote-after"},
      // A connective between commas before the cue; "the two" as a source.
      {"Supporters of abortion rights, on the other hand, argued that the ruling will galvanize them.",
       "Supporters of abortion rights|argued|that the ruling will galvanize them|that-clause"},
      {"Clinton, however, said she would fight.", "Clinton|said|she would fight|bare-clause"},
      {"\"You seem to have picked a new standard,\" the two write.",
       "the two|write|\"You seem to have picked a new standard,\"|quote-before"},
      // (s29) "for example", "for instance" as connectives; "another" and a share with a sign
      // as sources; a group noun before "of"; a semicolon after an inverted frame.
      {"The judges, for instance, said the problem was not the photo ID.", "The judges|said|the problem was not the photo ID|bare-clause"},
      {"One company says there are 2,400 billionaires; another says there are about 1,800.",
       "One company|says|there are 2,400 billionaires|bare-clause; another|says|there are about 1,800|bare-clause"},
      {"Some 42% say they are liberal.", "Some 42%|say|they are liberal|bare-clause"},
      {"The move, a wide array of economists say, limited the recovery.",
       "a wide array of economists|say|The move, a wide array of economists say, limited the recovery|clause-around"},
      {"A number of attendees said they supported him.", "A number of attendees|said|they supported him|bare-clause"},
      {"Candidates need 40 percent of the vote, political analysts say; in 2012, Romney got 27 percent.",
       "political analysts|say|Candidates need 40 percent of the vote|clause-before"},
      // Sources joined by "and", at the sentence's start or after a comma.
      {"Trump and Clinton say the deal is dead.", "Trump and Clinton|say|the deal is dead|bare-clause"},
      {"The deal is dead, teachers and union officials told POLITICO.", "teachers and union officials|told|The deal is dead|clause-before"},
      // A plural and its "of" phrase open the sentence before a connective; an approximate count;
      // a count as the determiner of a described source; "according to" after a dash.
      {"Proponents of the bill, however, say it would keep safeguards.", "Proponents of the bill|say|it would keep safeguards|bare-clause"},
      {"Nearly one in five say they would not vote.", "Nearly one in five|say|they would not vote|bare-clause"},
      {"One attendee, who spoke on condition of anonymity, said the fight would go on.",
       "One attendee, who spoke on condition of anonymity|said|the fight would go on|bare-clause"},
      {"Ferguson had 115 instances of violent crime - according to the most recent data from the FBI.",
       "the most recent data from the FBI|according to|Ferguson had 115 instances of violent crime|according-after"},
      // (s29) Verbs of portraying, nominating, invoking, unveiling take an object; "so far" is
      // an adverb between source and cue, and no part of a source before it.
      {"The ad portrayed Clinton as a liar.", "The ad|portrayed|Clinton as a liar|object"},
      {"Trump nominated Pence as his running mate.", "Trump|nominated|Pence as his running mate|object"},
      {"Poindexter has so far invoked the Fifth Amendment.", "Poindexter|invoked|the Fifth Amendment|object"},
      {"So far officials said nothing.", "officials|said|nothing|bare-clause"},
      // Verbs of talking and voting through their particle: what was talked of, voted for or
      // against; a vote "to" is an infinitive.
      {"He spoke of his friendship with Trump.", "He|spoke|his friendship with Trump|object"},
      {"Senior officials were talking about issues related to the forces.", "Senior officials|talking|issues related to the forces|object"},
      {"Nelson voted against the package.", "Nelson|voted|the package|object"},
      {"Most counties voted for Bill Clinton.", "Most counties|voted|Bill Clinton|object"},
      {"The council voted to approve the plan.", "The council|voted|to approve the plan|infinitive"},
      // An adjective of stance after a verb of being: the subject, the adjective's complement.
      {"Trump was critical of Obama's leadership.", "Trump|was critical of|Obama's leadership|adjective"},
      {"Some remained skeptical that he would follow through.", "Some|remained skeptical|that he would follow through|adjective"},
      {"Cruz has been acutely aware that the contest is a delegate battle.",
       "Cruz|has been acutely aware|that the contest is a delegate battle|adjective"},
      {"Kasich is eager to debate.", "Kasich|is eager|to debate|adjective"},
      {"He was not hopeful about the showdown.", "He|was not hopeful about|the showdown|adjective"},
      // A passive of seeing before "as": an evidential, the clause around it.
      {"Rubio could be seen as the more electable choice.", "null|could be seen|Rubio could be seen as the more electable choice|evidential"},
      {"Scalia was widely regarded as the dominant figure of the court.",
       "null|was widely regarded|Scalia was widely regarded as the dominant figure of the court|evidential"},
      // "Will" after a name or a quotation is a name.
      {"\"The deal is dead,\" George Will wrote.", "George Will|wrote|\"The deal is dead,\"|quote-before"},
      {"\"The deal is dead,\" Will wrote.", "Will|wrote|\"The deal is dead,\"|quote-before"},
      // (s31) A parenthesis between double dashes is inside the clause; not when the clause has
      // its verb and a verb of speech follows it.
      {"Bloomberg says he is so distressed -- \"an outrage\" -- that he is considering a run.",
       "Bloomberg|says|he is so distressed -- \"an outrage\" -- that he is considering a run|bare-clause"},
      {"Clinton unveiled a list of generals -- most of whom had announced their support -- who cited her years in office.",
       // (s34: a quantity "of whom" is a source, as PolNeAR annotates it.)
       "Clinton|unveiled|a list of generals|object; most of whom|announced|their support|bare-clause; who|cited|her years in office|bare-clause"},
      // A transcript's speaker in capitals: the turn is one frame, with no frames inside it (a
      // speaker not in capitals keeps them).
      {"FALLIN: Well, I think the nation needs to work together. They want safe homes.",
       "FALLIN|:|Well, I think the nation needs to work together. They want safe homes|colon"},
      // A title quoted in an appositive source; a that-clause whose plural subject has a
      // parenthesis, after a circumstance.
      // ... also when the title closes right before the cue, its comma inside the marks.
      {"Bob Beckel, a co-host of \"The Five,\" said the plan would fail.",
       "Bob Beckel, a co-host of \"The Five,\"|said|the plan would fail|bare-clause"},
      {"Dana Perino, a host of ''The Five,'' refused to go along with the attempt.",
       "Dana Perino, a host of ''The Five,''|refused|to go along with the attempt|infinitive"},
      {"Hemsley, the co-author of \"Going Viral,\" about the spread of news, said the days are gone.",
       "Hemsley, the co-author of \"Going Viral,\" about the spread of news|said|the days are gone|bare-clause"},
      {"Ifill said in an interview that trials, with expert witnesses, were instrumental.",
       "Ifill|said|that trials, with expert witnesses, were instrumental|that-clause"},
      // A participle after a preposition is a gerund of the sentence's subject.
      {"Trump talked to reporters on Monday before insisting he had a great relationship with Latinos.",
       "Trump|insisting|he had a great relationship with Latinos|bare-clause"},
      {"Sanders spoke for an hour while arguing that the system is rigged.", "Sanders|arguing|that the system is rigged|that-clause"},
      // "appear" before an adjective or adverb is evidential, as "seem" is.
      {"He appears somewhat uneasy.", "null|appears|He appears somewhat uneasy|evidential"},
      // Nouns of support and attack after a possessive take their object.
      {"His attacks on Clinton have intensified.", "His|attacks|Clinton|noun-object"},
      {"Trump's support for the bill is firm.", "Trump|support|the bill|noun-object"},
      // A participle after "and" that follows a frame of the sentence shares its source.
      {"Trump spoke for an hour, calling them rapists and vowing to build a wall.",
       "Trump|calling|them rapists|object; Trump|vowing|to build a wall|infinitive"},
      // A described source with the members it includes between commas.
      {"The unions, including the teachers, said the deal was good.", "The unions, including the teachers|said|the deal was good|bare-clause"},
      // Two names joined by "and" are a plural subject for a base form (s36).
      {"The hawks, like Rubio and Bush, say the troops should be Arab.", "The hawks, like Rubio and Bush|say|the troops should be Arab|bare-clause"},
      {"Even the biggest hawks, like Rubio and Bush, say the troops should be Arab.",
       "the biggest hawks, like Rubio and Bush|say|the troops should be Arab|bare-clause"},
      // A described subject whose verb the chunk went past, before "and said".
      {"The senator survived prison and said torture is inhumane.", "The senator|said|torture is inhumane|bare-clause"},
      // "inside" after an article is an adjective of the source.
      {"The plan, an inside source said, is to pass out reprints.",
       "an inside source|said|The plan, an inside source said, is to pass out reprints|clause-around"},
      // A relative clause between commas after the circumstance, before the that-clause.
      {"Lewandowski said on CNN, where he is now a paid contributor, that Manafort should be held to account.",
       "Lewandowski|said|that Manafort should be held to account|that-clause"},
      // A title between the commas of an appositive.
      {"Sam Solovey, a contestant on his show, \"The Apprentice,\" who worked for Trump, said his boss was kind.",
       "Sam Solovey, a contestant on his show, \"The Apprentice,\" who worked for Trump|said|his boss was kind|bare-clause"},
      // A circumstance in "after" to the sentence's end, after an inverted clause.
      {"Boots on the ground would be appropriate, Ben Carson said after the attacks.",
       "Ben Carson|said|Boots on the ground would be appropriate|clause-before"},
      // A noun in -ly is no adverb.
      {"Scott's family said the video was released.", "Scott's family|said|the video was released|bare-clause"},
      // A circumstance with modifiers before its word of occasion ("in the committee hearing").
      {"These employees, Stumpf explained earlier in the committee hearing, were well-paid.",
       "Stumpf|explained|These employees, Stumpf explained earlier in the committee hearing, were well-paid|clause-around"},
      // A noun of saying before a preposition opens the object.
      {"Trump spoke on Monday, citing fears of terrorism.", "Trump|citing|fears of terrorism|bare-clause"},
      {"The judge dismissed claims of fraud.", "The judge|dismissed|claims of fraud|bare-clause"},
      {"Obama replied by saying his refusal was a manufactured issue.", "Obama|saying|his refusal was a manufactured issue|bare-clause"},
      {"Trump landed in hot water last week for saying that the judge was biased.", "Trump|saying|that the judge was biased|that-clause"},
      {"Fallin: Well, I think the nation needs to work together.",
       "Fallin|:|Well, I think the nation needs to work together|colon; I|think|the nation needs to work together|bare-clause"},
      // A day between source and cue is no source (s32; before, "Monday" was); after a
      // participle, or in a name, it is the source's.
      {"The State Department on Monday said intelligence had passed through the server.",
       "The State Department|said|intelligence had passed through the server|bare-clause"},
      {"The agency less than two weeks ago said the plan had failed.", "The agency|said|the plan had failed|bare-clause"},
      {"Trump last week called the plan a disaster.", "Trump|called|the plan a disaster|object"},
      {"The report published Tuesday showed that half of the meetings were with donors.",
       "The report published Tuesday|showed|that half of the meetings were with donors|that-clause"},
      {"Polls on Super Tuesday showed Clinton with a lead.", "Polls on Super Tuesday|showed|Clinton with a lead|object"},
      // An object ends before "and" and an irregular past, the source's next verb (s32).
      {"Trump praised the workers and went home.", "Trump|praised|the workers|object"},
      {"The mogul offered himself as a candidate and made an appeal to workers.", "The mogul|offered|himself as a candidate|object"},
      // An adverb before an opening subordinator is no subject (s32: "Even" was the source).
      {"Even as he won, Mr. Trump overstayed his welcome, revealing a tendency to test voters' patience.",
       "Mr. Trump|revealing|a tendency to test voters' patience|bare-clause"},
      // Sources joined by "and" after a quotation and after an inverted cue (s32).
      {"\"The firm lobbied,\" Smith and Jones said in a statement.", "Smith and Jones|said|\"The firm lobbied,\"|quote-before"},
      {"The firm lobbied for Trump, said lobbyist and strategist Charlie Black.",
       "lobbyist and strategist Charlie Black|said|The firm lobbied for Trump|clause-before"},
      // A programme's title after its network is the saying's circumstance, not its content (s32).
      {"Shays backed Kasich, he said Wednesday morning on MSNBC's \"Morning Joe.\"", "Shays|backed|Kasich|object; he|said|Shays backed Kasich|clause-before"},
      {"Sanders said on ABC's \"This Week\" that he would take a look.", "Sanders|said|that he would take a look|bare-clause"},
      // A parenthesis between dashes after the cue, before its that-clause (s32).
      {"Paul Manafort said - on Twitter, as it happens - that Trump raised $4 million.",
       "Paul Manafort|said|that Trump raised $4 million|bare-clause"},
      {"Trump promised to build a wall along the U.S.-Mexico border and deport immigrants.",
       "Trump|promised|to build a wall along the U.S.-Mexico border and deport immigrants|infinitive"},
      // An addressee after a verb of saying, before its that-clause (s32); not a thing after a
      // verb that takes one, nor a relative clause after an object.
      {"She explained to reporters that her husband was unarmed.", "She|explained|that her husband was unarmed|that-clause"},
      {"TRW Inc, responding to charges that it was unethical, denied wrongdoing.",
       "TRW Inc, responding to charges that it was unethical|denied|wrongdoing|bare-clause"},
      {"He urged passage of an amendment to the constitution that would require a balanced budget.", ""},
      // A gerund that opens the sentence ends at its comma; its source is the main clause's subject.
      {"After explaining to the captain that the strike was illegal, the men returned to work.",
       "the men|explaining|that the strike was illegal|that-clause"},
      // A negated infinitive (s32), but not the wire's anonymity.
      {"Biden decided not to enter the race.", "Biden|decided|not to enter the race|infinitive"},
      {"Police urged people not to spread rumors.", "Police|urged|people not to spread rumors|infinitive"},
      {"A source, who asked not to be identified, confirmed the deal.", "A source, who asked not to be identified|confirmed|the deal|bare-clause"},
      // "claim" is a verb after a subject (s32: only "claims"/"claimed" were), and a plural
      // between a possessive and it makes it one ("His supporters claim", not his claim).
      {"They claim that the primary has been rigged.", "They|claim|that the primary has been rigged|that-clause"},
      {"His supporters claim that the primary has been rigged.", "His supporters|claim|that the primary has been rigged|that-clause"},
      // A dash before an appositive that sums the clause up ends an inverted frame (s32).
      {"Deficits will end this year, the budget office reported on Tuesday -- a development that injects questions.",
       "the budget office|reported|Deficits will end this year|clause-before"},
      // "ordered" before "that" is an order's content (s32), though a verb of issuing.
      {"The judge ordered that his name be certified.", "The judge|ordered|that his name be certified|that-clause"},
      // "there" after a plural source is a place, like "here" (s32).
      {"Officials there say the plant is safe.", "Officials|say|the plant is safe|bare-clause"},
      // A plural compared between commas before the cue, after an opening "Yet" (s32).
      {"Yet Democratic economists, like their Republican counterparts, say taxing consumption encourages savings.",
       "Democratic economists, like their Republican counterparts|say|taxing consumption encourages savings|bare-clause"},
      // A report as the head of a source through its preposition, and a plural cue word after
      // "But" (s32: the source was "the Peruvian economy", and no frame).
      {"A report on the Peruvian economy said the strategy failed.", "A report on the Peruvian economy|said|the strategy failed|bare-clause"},
      {"But advocates within the scientific community cite his record.",
       "advocates within the scientific community|cite|his record|bare-clause"},
      {"In its annual report BIL reported that it held a stake.", "BIL|reported|that it held a stake|that-clause"},
      // A relative "that" before an auxiliary past the object is the object's, no that-clause
      // (s32: the content was "that would have allowed ...").
      {"Sanders opposed alternatives that would have allowed the cloning of embryos.",
       "Sanders|opposed|alternatives that would have allowed the cloning of embryos|object"},
      // Two names joined by "and" before an appositive open the clause (s32: the second alone).
      {"Smith and Jones, both Republicans, said they would appeal.", "Smith and Jones, both Republicans|said|they would appeal|bare-clause"},
      // Adjectives between commas before a source right after a quotation (s32); not a time,
      // nor a relative ("this official, who asked ...").
      {"\"It was the top priority,\" the bespectacled, 71-year-old diplomat said.",
       "the bespectacled, 71-year-old diplomat|said|\"It was the top priority,\"|quote-before"},
      {"The editorial, sources said, nailed the narrative.",
       "sources|said|The editorial, sources said, nailed the narrative|clause-around"},
      // A far that-clause after a day and a chain of circumstances closed by a comma, through a
      // place's comma (s32).
      {"Cruz said Thursday during a taping of a town hall meeting in Buffalo, New York, that the law was wrong.",
       "Cruz|said|that the law was wrong|that-clause"},
      // A capitalised determiner inside a name (s32).
      {"\"That was the first time,\" CBS This Morning co-anchor DeMarco Morgan said.",
       "CBS This Morning co-anchor DeMarco Morgan|said|\"That was the first time,\"|quote-before"},
      // Verbs of judging added in s32 ("ripped" had been misspelt in the lexicon).
      {"Canova ripped Wasserman Schultz.", "Canova|ripped|Wasserman Schultz|object"},
      {"Obama castigated Trump for exploiting the fears of workers.", "Obama|castigated|Trump for exploiting the fears of workers|object"},
      // s33: the phrase that opens the sentence, before a parenthesis the walk cannot close, is
      // the source of a verb of saying whose clause follows.
      {"Yet some voters who have listened to his speeches over the decades, on television or at small events, said he had less magnetism.",
       "some voters|said|he had less magnetism|bare-clause"},
      {"The company, which just reported a loss for 1986, said it will spend 75 mln dlrs.",
       "which|reported|a loss for 1986|bare-clause; The company|said|it will spend 75 mln dlrs|bare-clause"},
      // A circumstance that opens a that-clause ends at its comma, not the clause (s33); a
      // quantity after "about" is no circumstance.
      {"They note that under government rules, even newspaper articles can be deemed top secret.",
       "They|note|that under government rules, even newspaper articles can be deemed top secret|that-clause"},
      {"She disclosed that after the rape, Bill Clinton called her to get together again.",
       "She|disclosed|that after the rape, Bill Clinton called her to get together again|that-clause"},
      {"Salceda said that about 4 million people live in the United States, making them the second-largest group.",
       "Salceda|said|that about 4 million people live in the United States|that-clause"},
      // A bare clause with no verb before a relative clause that closes the sentence, or before
      // "and" and another verb of saying, is the cue's object (s33); a subject with a relative
      // clause before its verb, or a pronoun's clause, stays a clause.
      {"Graham has acknowledged the reality of climate change, which makes him an outlier among Republicans.",
       "Graham|acknowledged|the reality of climate change|object"},
      {"Sanders claimed momentum and argued he is a stronger candidate than Clinton.",
       "Sanders|claimed|momentum|object; Sanders|argued|he is a stronger candidate than Clinton|bare-clause"},
      {"He said the company, which markets design systems, plans to double its dealers.",
       "He|said|the company, which markets design systems, plans to double its dealers|bare-clause"},
      {"The company said they replace Wells and MacGarvey, who also resigned.",
       "The company|said|they replace Wells and MacGarvey, who also resigned|bare-clause"},
      // What a verb of commenting comments on is its object, no circumstance (s33: "death" was
      // the content); a "for" particle's object is the content, not a relative "that" after it.
      {"Trump has also commented on Crutcher's death.", "Trump|commented|on Crutcher's death|object"},
      {"He has called for changing any of the provisions that benefit him.",
       "He|called|changing any of the provisions that benefit him|object"},
      // A name between commas after a description is an appositive inside an object (s33); not
      // before a clause of its own.
      {"The letter accuses one of the journalists, Susanne Rust, of ignoring information.",
       "The letter|accuses|one of the journalists, Susanne Rust, of ignoring information|object"},
      {"Senate Republicans refused to allow hearings for the nominee, Merrick Garland, the final rules stand.",
       "Senate Republicans|refused|to allow hearings for the nominee|infinitive"},
      // A subordinate clause of the narration with a subject of its own ends a bare clause that
      // has no verb (s33); not "when", nor "such as".
      {"The poll indicates a tightening race as Trump consolidates the support of the party.",
       "The poll|indicates|a tightening race|object"},
      {"Sarah Aubrey described the excitement when Shyamalan approached the network.",
       "Sarah Aubrey|described|the excitement when Shyamalan approached the network|bare-clause"},
      // "estimate(s)" takes a that-clause (s33), and a bare clause only after a pronoun.
      {"The NEA estimates that close to 19,000 members have campaigned for Clinton.",
       "The NEA|estimates|that close to 19,000 members have campaigned for Clinton|that-clause"},
      // "encourage" in its forms (s33; "encouraged" only before).
      {"Trump is encouraging his supporters to visit polling locations.",
       "Trump|encouraging|his supporters to visit polling locations|object"},
      // "known for", a reputation, is an evidential (s33); not "known as", a name given, nor a
      // duration.
      {"Ginsburg is known for speaking her mind on other issues.",
       "null|is known|Ginsburg is known for speaking her mind on other issues|evidential"},
      // A particle's object may be a quotation, and "again" may stand before the particle (s33).
      {"Kasich has also called for \"boots on the ground.\"", "Kasich|called|\"boots on the ground.\"|object"},
      {"Trump called again for President Obama to resign.", "Trump|called|President Obama to resign|object"},
      // A verb of talking reaches its particle past an adverb or whom it talked to (s33); not
      // without a particle.
      {"Mr. Trump spoke favorably of Mr. Putin's leadership.", "Mr. Trump|spoke|Mr. Putin's leadership|object"},
      {"Klein spoke with Breitbart News about Clinton.", "Klein|spoke|Clinton|object"},
      // A gerund after its preposition is the sentence subject's, no reduced relative (s33); a
      // past after a comma is the next clause's verb, no adjective.
      {"He began by discussing the crisis.", "He|discussing|the crisis|object"},
      {"Trump, who has often struggled while talking about the issue, made no comment.", "Trump|talking|the issue|object"},
      // A fall is no cue word that ends a clause (s33).
      {"The agency said output was off 0.65 pct, compared with a decline of 1.65 pct in November.",
       "The agency|said|output was off 0.65 pct, compared with a decline of 1.65 pct in November|bare-clause"},
      // Sources joined by "and" after a connective that opens the sentence (s33); "out" and a
      // day before a verb of talking's particle.
      {"But Mr. Grassley and Mr. Leahy say other changes are needed.", "Mr. Grassley and Mr. Leahy|say|other changes are needed|bare-clause"},
      {"Hillary Clinton spoke out Tuesday about the death of Terence Crutcher.", "Hillary Clinton|spoke|the death of Terence Crutcher|object"},
      {"Atrocities continue in Sudan as China and Russia support the government.", "China and Russia|support|the government|object"},
      // A relative clause between commas before an infinitive of purpose stays in the phrase (s33).
      {"He vowed to form a task force, which would include the military, to crack down on hackers.",
       "He|vowed|to form a task force, which would include the military, to crack down on hackers|infinitive"},
      // A passive of judging with no agent is a frame with no source (s33); not one of
      // reporting.
      {"Mr. Reagan was criticized for trading a guilty person for an innocent one.",
       "null|was criticized|Mr. Reagan was criticized for trading a guilty person for an innocent one|passive"},
      // Adjectives of stance added in s33.
      {"Democratic leaders are worried about the convention.", "Democratic leaders|are worried about|the convention|adjective"},
      // An adverb among the skip words may stand before the adjective (s34); an auxiliary may not.
      {"Trump was clearly unhappy with the plan.", "Trump|was clearly unhappy with|the plan|adjective"},
      {"He was also aware that voters could be the key.", "He|was also aware|that voters could be the key|adjective"},
      // An article appositive after a determined head (s33).
      {"The employee, a registered Republican who spoke on condition of anonymity, said she became pregnant.",
       "The employee, a registered Republican who spoke on condition of anonymity|said|she became pregnant|bare-clause"},
      // A name's verb of support after an auxiliary takes its object (s33); a thing's does not.
      {"Grayson would support smaller classes for students.", "Grayson|support|smaller classes for students|object"},
      // A name after a verb of showing, judging or support is its content, not an inverted
      // source (s34), also after a participle's appositive; a past right after the name after
      // "said" makes that name the content's subject.
      {"The poll, conducted by Fox, shows Sanders with 47 percent versus Clinton.",
       "The poll, conducted by Fox|shows|Sanders with 47 percent versus Clinton|object"},
      {"Patti Davis, Ronald Reagan's daughter, attacked Trump for comments made this week.",
       "Patti Davis, Ronald Reagan's daughter|attacked|Trump for comments made this week|object"},
      {"Mukasey, the attorney general, said Clinton erred.", "Mukasey|said|Clinton erred|bare-clause"},
      // A participle after "and" whose first conjunct is a participle after a comma is the
      // sentence subject's (s34).
      {"Ted Cruz unleashed an onslaught on Saturday, casting him as a false conservative and criticizing his temperament.",
       "Ted Cruz|criticizing|his temperament|object"},
      // A prepositional circumstance between commas after the subject (s34).
      {"A federal judge, in response to a request, ordered the State Department to review the emails.",
       "A federal judge|ordered|the State Department to review the emails|object"},
      // A connective that opens the sentence is no subject of a verb after "and" (s34).
      {"But the court overruled and said he was tired.", "the court|said|he was tired|bare-clause"},
      // A quantity of a relative's antecedent is the source (s34).
      {"This has upset relatives of the victims, many of whom say the claims are unfounded.",
       "many of whom|say|the claims are unfounded|bare-clause"},
      // Verbs added in s34.
      {"The campaign ignored the report.", "The campaign|ignored|the report|object"},
      {"Voters remember that the plan failed.", "Voters|remember|that the plan failed|that-clause"},
      {"Analysts view the bid as an attempt to trigger a counter offer.",
       "Analysts|view|the bid as an attempt to trigger a counter offer|bare-clause"},
      // A participle that opens the sentence takes the subject after its comma as its source
      // (s34); a name ends at its capitalised words; the comma may close a quotation. (The
      // quote-before frame of "urged" is the one PolNeAR's gold gives this train sentence, read
      // there: the opening phrase and its quotation as what Will urged.)
      {"Noting that both Reagan and Trump battled the media, Schlafly put her finger on one facet.",
       "Schlafly|Noting|that both Reagan and Trump battled the media|that-clause"},
      {"Arguing that the law was unfair, the group filed suit.", "the group|Arguing|that the law was unfair|that-clause"},
      {"Citing his \"reveries about the job,\" Will urged Trump to quit.",
       "Will|Citing|his \"reveries about the job,\"|bare-clause; Will|urged|Citing his \"reveries about the job,\"|quote-before"},
      // A verb of occasion with its object or place before "to" and the cue: the source is its
      // subject, the cue runs from it (s35).
      {"Hillary Clinton took to Twitter to say thanks.", "Hillary Clinton|took to Twitter to say|thanks|bare-clause"},
      {"Ramos used his acceptance speech to call for the resignation of the president.",
       "Ramos|used his acceptance speech to call|the resignation of the president|object"},
      {"He held a three-hour conference call to defend Valeant.", "He|held a three-hour conference call to defend|Valeant|object"},
      // A long plural subject before a verb of thinking (s35).
      {"Professionals in the grains trade think that farmers will plant less.",
       "Professionals in the grains trade|think|that farmers will plant less|that-clause"},
      // A circumstance between commas after a subject that a demonstrative or connective opens
      // (s35).
      {"But the judge, in a ruling on Monday, said the law was void.", "the judge|said|the law was void|bare-clause"},
      // A parenthesis between commas right after the cue that opens as a circumstance or
      // connective does (s35).
      {"I understood, for the first time, the psychology of crookedness.", "I|understood|the psychology of crookedness|bare-clause"},
      {"Cavaney said, however, he expects demand this year to be strong.", "Cavaney|said|he expects demand this year to be strong|bare-clause"},
      // A subject pronoun after a verb that takes an object first opens the content's clause (s35).
      {"Presidential candidates promise they will stand by Israel.",
       "Presidential candidates|promise|they will stand by Israel|bare-clause"},
      // A verb of saying or thinking takes a thing through its particle (s35).
      {"Many people at his rallies agreed with Mr. Trump on the issue.",
       "Many people at his rallies|agreed|Mr. Trump on the issue|object"},
      {"We believe in freedom of religion.", "We|believe|freedom of religion|object"},
      {"Analysts agreed with CME floor traders.", "Analysts|agreed|CME floor traders|object"},
      {"Medical experts warned of the risk of an outbreak.", "Medical experts|warned|the risk of an outbreak|object"},
      {"She spoke up about the abuse.", "She|spoke|the abuse|object"},
      {"Analysts agreed completely with the floor traders.", "Analysts|agreed|the floor traders|object"},
      // "so" after a verb of saying or thinking stands for what was said (s35).
      {"Six in 10 say he is decisive, after 55 percent said so in December.",
       "Six in 10|say|he is decisive|bare-clause; 55 percent|said|so|object"},
      // "questioning" takes its object after a gerund's preposition (s35).
      {"Trump injected a new element into the race by questioning Mr. Cruz's eligibility.",
       "Trump|questioning|Mr. Cruz's eligibility|bare-clause"},
      // A that-clause that a circumstance between commas opens, past an addressee or ", while"
      // (s35).
      {"Clinton reiterated to ABC News that, in retrospect, it was a mistake.",
       "Clinton|reiterated|that, in retrospect, it was a mistake|that-clause"},
      {"The poll also finds that, while 37 percent of voters blame Trump, most do not.",
       "The poll|finds|that, while 37 percent of voters blame Trump, most do not|that-clause"},
      // An object relative clause whose verb is the cue: the relative word is the content (s35).
      {"Shipowners have offered a 100 pct raise, which the seamen rejected.", "the seamen|rejected|which|object-relative"},
      {"He turned against the trade bill - which he once supported - and embraced Trump.", "he|supported|which|object-relative"},
      {"He ran with a candidate whom many party members strongly oppose.", "many party members|oppose|whom|object-relative"},
      // A possessive name as the object goes on to its noun, a time word too ("email", "call").
      {"Mukasey criticized Clinton's email use.", "Mukasey|criticized|Clinton's email use|object"},
      // A subject's relative clause between commas before an irregular past goes on with the
      // clause (s35).
      {"Sources told Reuters the pullout of Growmark, which holds 70 pct of the stock, led to the call for dissolution.",
       "Sources|told|the pullout of Growmark, which holds 70 pct of the stock, led to the call for dissolution|bare-clause"},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    CHECK(Frames(c.text) == c.expected);
  }
}

TEST_CASE("Token frames: clean text gives none", "[extract][frames]") {
  const Case cases[] = {
      {"He lashed out and left. She lashed the boat to the dock.", ""},
      // "to" before a sum, "as" or "mind" is a preposition or an idiom, no infinitive (s38); a
      // quotation after it is one.
      {"Revenue from clients declined to $281 million in 2014.", ""},
      // "Having said that," is an idiom of the narration (s38).
      {"Having said that, there are some economists who disagree.", ""},
      {"The speech called to mind the promise of reconciliation.", ""},
      // A label in capitals before a colon is no speaker ("CLARIFICATION: ...").
      {"CLARIFICATION: The first sentence has been clarified to say so.", ""},
      // "appeared" before a place is an appearance.
      {"Trump appeared alongside Christie in Ohio.", ""},
      // A gerund after the inverted frame that is the next clause's subject goes on with the content.
      {"Though the transition was seamless, he said, replacing Clinton would be much harder.",
       "he|said|Though the transition was seamless, he said, replacing Clinton would be much harder|clause-around"},
      // Not a participle of saying before a clause of its own, which is a frame of its own.
      {"Inflation will be 4 pct, he said, adding it may exceed 4.5 pct by the summer.",
       "he|said|Inflation will be 4 pct|clause-before; he|adding|it may exceed 4.5 pct by the summer|bare-clause"},
      // A reason in "since" after the inverted frame is the speaker's, part of the content.
      {"His skepticism has hurt him with young voters, Graham said, since most of them accept the science.",
       "Graham|said|His skepticism has hurt him with young voters, Graham said, since most of them accept the science|clause-around"},
      // "after" and a short noun phrase before the clause's pronoun is a circumstance.
      {"Trump said after the convention he would not accept the endorsement.",
       "Trump|said|he would not accept the endorsement|bare-clause"},
      // A singular cue word before "from" opens the clause's subject; a past before "of" is a verb.
      {"Trump said praise from Putin would not affect his policy.", "Trump|said|praise from Putin would not affect his policy|bare-clause"},
      {"Initial reports spoke of water flooding the car decks.", "Initial reports|spoke|water flooding the car decks|object"},
      // A wire headline closed by "--" before its dateline: the content starts after both.
      {"SOYBEAN SUMMARY -- USDA/NOAA WASHINGTON, March 17 - Light showers covered wheat areas, the agency said.",
       "the agency|said|Light showers covered wheat areas|clause-before"},
      // A name before "of the" and an organisation is one source.
      {"\"It was bad,\" Mr. Morgan of the Sierra Club said.", "Mr. Morgan of the Sierra Club|said|\"It was bad,\"|quote-before"},
      // A word of the occasion that is a cue word ("report") is a noun after a modifier.
      {"Murray said in the annual report issued today that spending would be lower.",
       "Murray|said|that spending would be lower|that-clause"},
      // A gerund after an opening "In": the phrase to its comma, the main clause's subject the source.
      {"In asking to depose Clinton, Judicial Watch said the emails mattered.",
       "Judicial Watch|asking|to depose Clinton|infinitive; Judicial Watch|said|the emails mattered|bare-clause"},
      // "writing" takes a quotation or a that-clause only.
      {"Carson answered on his Facebook page, writing \"Allow me to do the research.\"",
       "Carson|writing|\"Allow me to do the research.\"|quote-after"},
      {"Labor Secretary Thomas Perez stopped writing his speech.", ""},
      // A participle in a verb group after "and" is no participle clause of the frame's source.
      {"Airbus wants to launch its program this spring and is now seeking customers for the plane.",
       "Airbus|wants|to launch its program this spring|infinitive"},
      // A title in a circumstance that opens the sentence is no part of the source.
      {"On \"Face the Nation,\" Sanders, who lost the primaries, identified exhaustion as a reason.",
       "Sanders, who lost the primaries|identified|exhaustion as a reason|object"},
      // A cue word after an article is a noun unless a participle: its "that" is the noun's.
      {"The official dismissed a report circulating in markets today that the group had rejected it.",
       "The official|dismissed|a report circulating in markets today that the group had rejected it|bare-clause"},
      // A long subject whose head is singular takes no base form.
      {"The report on the talks in November say nothing new.", ""},
      // A "that" past eight words after the cue opens a clause only before a subject: before a
      // verb, as here, or a verb group, it is a relative clause's.
      {"He said in a statement on the bill in the Senate last week that passed easily.", ""},
      {"He said in a statement on the bill in the Senate last week that would raise taxes.", ""},
      {"The report was released on Monday.", ""},
      {"He was asked to the party.", ""},
      {"The plans were approved.", ""},
      {"Russia offered unspecified support to Rahmon.", ""},
      {"The work went according to plan.", ""},
      {"Chemicals were found in refrigerants.", ""},
      {"The candidates' plans to cut taxes are vague.", ""},
      // Nor "plans" after a verb or an adjective, the verb's object (s36).
      {"Trump did not unveil plans to pay for the expansion.", ""},
      {"The company dropped plans to start a newspaper in Montreal.", ""},
      {"Before the war they made plans to build bunkers.", ""},
      {"She said when she resigned from the network.", ""},
      {"The Aforesaid rules apply.", ""},
      {"Sales rose and said nothing.", ""},
      {"Image Source: DonkeyHotey, Flickr, Creative Commons", ""},
      {"The Latest: Cruz to give away engraved shotgun.", ""},
      {"Monday: the vote is due.", ""},
      {"The vote (on Monday) said nothing.", ""},
      {"They want to say more.", "They|want to say|more|bare-clause"},
      {"He appeared on Fox News on Sunday.", ""},
      {"Others will appear as early as May.", ""},
      {"Clinton maintained a double-digit lead.", ""},
      {"Marco Rubio Responds To Question About Minimum Wage.", ""},
      // A passive of a verb that is no speech verb, or with a relative subject, names no source.
      {"The state was decided by less than a point.", ""},
      {"The February rise was also partly explained by special factors.", ""},
      {"The notes are guaranteed by Fuji Bank Ltd.", ""},
      {"The new program could be announced by the end of the month.", ""},
      // "during" opens a circumstance, not what was told.
      {"The arrears are 70 mln dlrs, Greenidge told Reuters during the annual meeting here.", ""},
      {"It is the plan which was reported by the paper.", ""},
      // A table row or a list after a name and a colon is nobody's saying.
      {"Hillary Clinton: 1,769 delegates so far", ""},
      {"New Hampshire: Charlie Arlinghaus, Arnie Arnesen, Patrick Arnold, Rich Ashooh, Dean Barker", ""},
      // A title quoted in the narration is no quotation said.
      {"He appeared later on \"This Week,\" Sanders said.", ""},
      {"In an appearance on \"Morning Joe,\" co-host Mika Brzezinski asked about it.", ""},
      // "Just" before a verb that is no cue, or before a word that is no verb.
      {"Kasich Just Won The Ohio Primary By A Wide Margin.", ""},
      {"Trump Just Gave Some Free Stock Market Advice.", ""},
      {"Alaska Housing Corp, a U.S. agency, has become the first entity to tap the market, said Merrill Lynch.",
       "Merrill Lynch|said|Alaska Housing Corp, a U.S. agency, has become the first entity to tap the market|clause-before"},
      {"Trump May Not Have Said It, But He Supported One.", ""},
      {"Trump pledged allegiance to the flag.", ""},
      {"She is due to appear in court.", ""},
      {"The expected result came in.", ""},
      {"When asked, he declined.", ""},
      {"Lawmakers asked about the budget were silent.", ""},
      // An auxiliary licenses a base form only for a speech verb; a contraction only before one.
      {"The company could not find a buyer.", ""},
      {"I don't know if it was cathartic.", ""},
      {"The plant will show a profit.", ""},
      // (A negated verb group licenses the base form as any auxiliary does, but not an object
      // after a singular subject: "The bank did not disclose a forecast".)
      {"The bank did not disclose a forecast.", ""},
      // An auxiliary licenses a base form only before a that-clause or a quotation.
      {"The exchange must add Chicago to its list of rivals.", ""},
      {"His plan would guarantee a payment to farmers.", ""},
      {"The measure would support higher prices for farmers.", ""},
      {"Official estimates put the harvest at 12 mln tonnes.", ""},
      {"It has been known for some time.", ""},
      {"He spoke to reporters after the meeting.", ""},
      {"Terms were not disclosed.", ""},
      {"Mexican officials spoke with their network of consulates.", ""},
      {"Sales rose 0.3 pct, after declining 0.2 pct in January.", ""},
      {"The company will be known as Navistar International.", ""},
      {"It will sell debentures and notes, through underwriters that may include Goldman.", ""},
      {"He bought stocks and notes, \"cheap\" ones.", ""},
      {"The team made clear progress.", ""},
      {"Crews made it clear of debris.", ""},
      // No relative frame before a circumstance, after a capitalised "What", or when no verb group follows.
      {"The rule, which the department proposed on Monday, took effect.", ""},
      {"What Washington wants is peace.", ""},
      {"Prices fell, the show began.", ""},
      {"Clinton won praise.", ""},
      {"The vote - a formality - was held.", ""},
      {"The vote - he said - was a formality.", ""},
      {"The tool used to report errors failed.", ""},
      {"The senator paused and recalled the figure of Neil Heslin.", ""},
      {"Initially he declined and said little.", ""},
      {"A month later the panel met and said nothing.", ""},
      {"The most cited reason was cost.", ""},
      {"It won some praise.", ""},
      {"The bill has some support.", ""},
      {"The head of the agency support staff left.", ""},
      {"The group took advice on particular paragraphs in the MMC report which it says need work.",
       "it|says|need work|bare-clause"},
      {"Prices fell, the study showed, and then rose.", ""},
      {"The plan, which he said, was flawed.", ""},
      {"Netanyahu agreed to a 10-month moratorium.", ""},
      {"Trump's plan for the economy is vague.", ""},
      {"The party's claim to the seat is weak.", ""},
      {"Sanders trails Clinton in the polls.", ""},
      {"Voters went to the polls in New Hampshire.", ""},
      // (attr18b) A source-head word as a verb, a count before "support" (its share), a year,
      // and "this" as an object.
      {"They want to report the results.", "They|want to report|the results|bare-clause"},
      {"Clinton garners 41 percent support against Trump.", ""},
      {"In 2016 say nothing.", ""},
      {"The talks went according to him and his aides on Monday.", ""},
      {"The senator found ways to cut the budget.", ""},
      {"Trump read the words he had come to deliver.", ""},
      {"The question was asked twice.", ""},
      {"Revealed: What The Videos Contain Makes Her Claim Worse.", ""},
      {"The One Thing Both Sides Want: Break Up Banks.", ""},
      {"He read it aloud.", ""},
      {"I write this because it matters.", ""},
      {"The senators understood this, and acted.", ""},
      {"Washington backed out of the deal.", ""},
      // (s23) "as" with an object after its verb is a time, not a report (only the object frame);
      // "as expected" names no source; "Preys on ..." opens a list item, no subject.
      {"Now, as Mrs. Clinton seeks the White House, the funding has become an issue.",
       "Mrs. Clinton|seeks|the White House|object"},
      {"As expected, the senator won.", ""},
      {"He left as the report came out.", ""},
      {"Preys on our worst fears and instincts, and calls people \"losers.\"", ""},
      {"The rebels attacked police posts and military bases.", ""},
      {"It sold certificates of deposit notes due 1992 with a 7.45 pct coupon.", ""},
      {"Russia offered unspecified support to the government.", ""},
      {"It signed a joint venture agreement with Cominco American Inc.", ""},
      {"The company named Drexel Burnham Lambert Inc as sole underwriter of the offering.", ""},
      {"The EC issued its bluntest warning about the state of EC finances.",
       "The EC|issued|its bluntest warning about the state of EC finances|object"},
      {"He defended his plan that matches his rhetoric.", "He|defended|his plan that matches his rhetoric|object"},
      {"Voters said the plan that passed was weak.", "Voters|said|the plan that passed was weak|bare-clause"},
      // (s33: a passive of judging with no agent is a frame with no source, the whole clause.)
      {"Her decision to meet him was criticized.", "null|was criticized|Her decision to meet him was criticized|passive"},
      {"Most Southern states will hold contests on March 1.", ""},
      {"She said about half of the staff would go.", "She|said|about half of the staff would go|bare-clause"},
      {"Prices rose, according to the order, signed by five ministers.",
       "the order|according to|Prices rose|according-after"},
      {"He agreed to PCGG control of the boards.", ""},
      {"The bill responded to the attack.", ""},
      {"The Government Development Bank found itself at the center of the jam.", ""},
      {"They talked politics all night.", ""},
      {"He pointed a gun at the crowd.", ""},
      {"The dollar rose 0.1 percentage points to 5 pct.", ""},
      // "referred to" says something only of a speaker, and a time phrase is no source (the
      // relative before it is, s32).
      {"It is unclear whether the two billion dlrs referred to principal or interest.", ""},
      {"He told Jose Concepcion, who two days ago expressed doubts about the accord.", "who|expressed|doubts about the accord|object"},
      // A list of figures is no inverted source, joined by "and" or not.
      {"Bond issues totalled 1.66 billion francs, notes 1.39 billion and credits 597.5 mln.", ""},
      {"Police who had questioned about 3,000 of the employees made no arrests.", ""},
      {"\"We are not going anywhere.\" - Sonya Herridge and her family left.", ""},
      {"Prices rose - Reuters.", ""},
      {"The deal is good, said John Smith of the Heritage Foundation, a think tank.",
       "John Smith of the Heritage Foundation, a think tank|said|The deal is good|clause-before"},
      // Bounds that stay (branch attr18a): a parenthesis with a cue of its own, ", while", and an
      // object's comma before another participle.
      {"She said taxes would rise (as critics warned) next year.", "She|said|taxes would rise|bare-clause"},
      {"She said taxes would rise (as he argued in 2015 at a rally in Ohio) next year.", "She|said|taxes would rise|bare-clause"},
      {"He said he would win, while she would lose.", "He|said|he would win|bare-clause"},
      {"She criticized the plan, calling it costly.", "She|criticized|the plan|object; She|calling|it costly|object"},
      // A name given after an indefinite noun is no saying (branch attr18a); a definite source
      // and "called for" still are.
      {"He joined a group called Black Votes Matter.", ""},
      {"A new group called Citizens for Trump met.", ""},
      // A verb of issuing says nothing before a count, as a participle or in a passive, or when
      // it issues securities, money or goods.
      {"The company offered 42 dlrs a share.", ""},
      {"The airline ordered 10 aircraft.", ""},
      {"The World Bank issued floating rate notes this year.", ""},
      {"The statement issued Sunday by the ministry said the talks had failed.",
       "the ministry|said|the talks had failed|bare-clause"},
      {"Shares of the locally issued stock rose.", ""},
      {"The agreement was signed on Monday.", ""},
      {"The talks stalled under the agreement signed February 27.", ""},
      {"Smith signed Feb. 27 in Geneva.", ""},
      {"The rate is half a point over London interbank offered rate.", ""},
      {"The Bank of England offered the discount houses borrowing facilities.", ""},
      {"Brown offered to acquire Lear Siegler for 1.44 billion dlrs.", ""},
      {"It signed a letter of intent to acquire the unit.", ""},
      // "as" after a verb of describing with no relative word before its source opens no content.
      {"Yesterday, Smith described as many as ten cases.", ""},
      // An adjective of the catenatives after no form of "be" makes no chain.
      {"The first to say so was Smith.", ""},
      {"A quick to criticize attitude.", ""},
      // "supporting", "backing", "opposing" as adjectives after an article or opening a sentence.
      {"He filed the supporting documents.", ""},
      {"The opposing team won.", ""},
      {"Opposing counsel objected.", ""},
      // A base form after a singular noun with an article is a compound noun.
      {"A media call set up by labor unions was held.", ""},
      {"The senator called Clinton a liar.", "The senator|called|Clinton a liar|object"},
      {"A senator called for a vote.", "A senator|called|a vote|object"},
      // (Not over an appositive, a relative clause or a comma before a clause of its own.)
      {"She praised Cruz, the senator from Texas.", "She|praised|Cruz|object"},
      {"She thanked the crowd, which cheered, and left.", "She|thanked|the crowd|object"},
      {"He criticized the plan, and the vote was delayed.", "He|criticized|the plan|object"},
      // (s24) After "and said", a phrase with no verb group is an object, no clause; "for" and a
      // thing is no duration.
      {"The senator arrived late and said his thanks.", ""},
      {"However, Arango was more explicit and said the United States would be under pressure.",
       "Arango|said|the United States would be under pressure|bare-clause"},
      {"He said for the record he would run.", ""},
      // A verb after "that" still makes a relative clause, no content.
      {"He defended the plan that says little.", "He|defended|the plan that says little|object"},
      // A list of names before the cue is no appositive source; nor a clause.
      {"Prices rose in Paris, London, New York, analysts in Tokyo said.", "analysts in Tokyo|said|Prices rose in Paris, London, New York|clause-before"},
      {"He won the vote, Smith, who has won twice, has said.", ""},
      // "expected" with no "be" before it, or no "to" after it, is no evidential.
      {"Sales were widely expected.", ""},
      {"The decline was not expected by analysts.", ""},
      // A participle after a dash with no speaker before it is no saying.
      {"The price rose 5 pct - beating forecasts of analysts.", ""},
      {"Oil prices fell sharply - hurting producers across the region.", ""},
      // (s25) A noun compound of a base form is no cue; a second comma that a noun and a relative
      // follow closes no parenthesis (", remarks that").
      {"Sanders passed more amendments by roll call vote than any other member.", ""},
      {"He built sets for the reality TV show \"The Apprentice.\"", ""},
      // A reduced relative of another verb, or one that gives a name, is no saying.
      {"A man calling himself Paul answered the door.", ""},
      // (Read on reuters-dev.) Calling a meeting, a "support mechanism", a company that publishes
      // a newspaper: no saying.
      {"He sent a letter calling the special committee meeting.", ""},
      {"Prospects for the cocoa market support mechanism were improving.", ""},
      {"Affiliated Publications, a company that publishes the Boston Globe, rose.", ""},

      // "that" after a cue, a capitalised "That", or before another verb is no relative source.
      {"Officials said that signaled a change.", "Officials|said|that signaled a change|bare-clause"},
      {"That said, the plan works.", ""},
      {"It was a plan that worked.", ""},
      {"He said the deal, signed in May, remarks that were widely quoted.", "He|said|the deal, signed in May|bare-clause"},
      // (s26) "that" after a noun the adverb modifies is no that-clause of the cue's; an opening
      // adverbial or a saying before the comma makes no clause-before.
      {"The video was contradicting Tulsa police's earlier claim that he had refused.",
       "The video|contradicting|Tulsa police's earlier claim that he had refused|bare-clause"},
      {"After the court refused, he said in a meeting with the justices.", ""},
      {"Smith said a swap was hard, he insisted in a meeting with reporters.", "Smith|said|a swap was hard|bare-clause"},
      // "Asked" with a circumstance but no question after it, or with "to" before a noun phrase,
      // puts no question.
      {"Asked in court, he said nothing.", "he|said|nothing|bare-clause"},
      {"Asked to the White House, he declined.", ""},
      // A colon after a time, a label or a phrase the quotation is about is no colon-quote.
      {"He was on CNN last month: \"I never said that about the war.\"", ""},
      {"He made one promise: \"We will win the state.\"", ""},
      // A question put to someone, and a name given after an indefinite noun, say nothing.
      {"Do you support Donald Trump?", ""},
      {"He was the founder of a Facebook group called Occupy DNC Convention.", ""},
      // "reportedly" before a verb of saying is that frame's; before a preposition it is none.
      {"The minister reportedly said the talks had failed.", "The minister|said|the talks had failed|bare-clause"},
      {"The ship was reportedly in port.", ""},
      // "the most" is no source.
      {"It may be, at its core, the most elaborate hiring process that mankind has ever created.", ""},
      // (s29) An object before "and" is no first source: only the second noun phrase speaks.
      // Nor a verb in -ed or a participle before it; nor a share that a verb before it measures.
      {"He met the workers and officials said the deal was dead.", "officials|said|the deal was dead|bare-clause"},
      {"He left in 2009, decamped to Citigroup and began writing op-eds defending the tax cuts.",
       "op-eds|defending|the tax cuts|object"},
      {"Thousands rallied, protesting unpaid wages and government plans to cut jobs.", "government|plans|to cut jobs|infinitive"},
      {"Shares rose 5% said the company.", ""},
      // A modal in a title-case headline is no name.
      {"Trump Will Win Ohio, He Said", ""},
      // A noun phrase after the cue with a verb group after it (or a participle opening it) is the
      // content's subject, no inverted source; an "according to" between dashes is no frame's end.
      // (s32: the plural before the comparison is the source.)
      {"Yet economists, like their counterparts, say taxing consumption encourages savings.",
       "economists, like their counterparts|say|taxing consumption encourages savings|bare-clause"},
      // (s37: the participle and its quotation are the source's appositive.)
      {"Mr. Manafort, citing ''the unique magic of Trump,'' said the candidate could be competitive.",
       "Mr. Manafort|citing|''the unique magic of Trump,''|quote-after; "
       "Mr. Manafort, citing ''the unique magic of Trump,''|said|the candidate could be competitive|bare-clause"},
      {"Clinton blamed the video while - according to emails unearthed - knowing it had no link.",
       "Clinton|blamed|the video|object; Clinton|knowing|it had no link|bare-clause"},
      // A parenthesis that is no connective ("like Smith") stays in the source, as an appositive
      // would (s29: before, "Supporters of the plan" was no phrase and the frame had no source).
      {"Supporters of the plan, like Smith, argued that it would pass.", "Supporters of the plan, like Smith|argued|that it would pass|that-clause"},
      // Actions of wire copy that rules/claims/cues.yaml leaves out of the cue lexicons (s29).
      {"The board approved the merger.", ""},
      {"Blizzards lashed Greece.", ""},
      {"Shares of the locally listed firm rose.", ""},
      // "critical to" is importance, no stance; "eager" takes only an infinitive, and "to" before
      // a noun phrase is a preposition; an adjective with no verb of being before it, or no
      // subject, takes none.
      {"The vote is critical to the success of the plan.", ""},
      {"The vote is critical to win the state.", ""},
      {"Voters are eager about the change.", ""},
      {"They were eager to a fault.", ""},
      {"A crowd eager to cheer waited.", ""},
      {"Voters who stayed home were aware of the risk.", ""},
      {"It's hard to be hopeful about Afghanistan.", ""},
      // "seen" without "as", or with no verb of being before it, is no evidential; "known as"
      // is a name given.
      {"He has seen the report.", ""},
      {"Critics have long seen Smith as a moderate.", ""},
      {"Smith is seen in the video.", ""},
      {"The plan, seen as a compromise, passed.", ""},
      {"The unit will be known as Navistar International Transportation Corp.", ""},
      // Talking to someone, or voting on a day, says nothing.
      {"He spoke to reporters on Monday.", ""},
      {"He talked to reporters on Monday.", ""},
      {"He voted Tuesday.", ""},
      // An opening participle phrase is no plural source before "of".
      {"Speaking of the plan, officials said it would pass.", "officials|said|it would pass|bare-clause"},
      // An opening participle with no comma and subject after it is a gerund subject (s34).
      {"Criticizing police tactics will alienate many white moderates.", ""},
      // Wire actions measured and left out of the lexicons in s34.
      {"The Treasury accepted 6.6 billion dlrs of bids.", ""},
      {"The following table lists the rate of payments.", ""},
      {"The two sides will resume talks next week.", ""},
      {"He said so many things.", ""},
      // An agreement to act is a deal; a participle after a determined noun says nothing through
      // the particle (s35).
      {"Venezuela agreed with its bank advisory committee to lower the interest margin.", ""},
      {"The firms fell in line with a package agreed with the IMF.", ""},
      // "against" after a verb of speaking is mostly a place ("spoke against the majestic bronze
      // backdrop of the museum", polnear-dev): no particle (s35).
      {"He spoke against the majestic bronze backdrop of the museum.", ""},
      // An appositive after the cue's object is no parenthesis before the content (s35): no frame
      // of "told" reaches past it, and "he backed the bill" is a frame of its own.
      {"Denman told Rostenkowski, an Illinois Democrat, he backed the bill.", "he|backed|the bill|object"},
      // A subject's relative clause is no object relative, nor a verb that more of its clause
      // follows: an adverb, or a clause of its own (s35; the last is the relative clause's frame).
      {"Republicans who control Congress refused.", ""},
      {"It was a plan which he once supported strongly in the Senate.", ""},
      {"It was the bill, which he believed was doomed.", "he|believed|which he believed was doomed|clause-relative"},
      // A passive or "took exception to" is no verb of occasion (s35).
      {"It would give Yeutter the powers now held by Reagan to decide whether to retaliate.", ""},
      {"Denman took exception to U.S. efforts to seek reciprocity.", ""},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    CHECK(Frames(c.text) == c.expected);
  }
}

}  // namespace
}  // namespace claimcheck::extract
