// The extract stage: table-driven frames, aliases and claims, the seed's claims as the issue
// states them, and the rule examples.
#include "extract/extractor.h"

#include <catch2/catch.hpp>

#include "check/analysis.h"
#include "rules/loader.h"
#include "tests/support/golden.h"
#include "tests/support/rules.h"

namespace claimcheck::extract {
namespace {

const rules::RuleSet& Rules() { return testing::BuiltinRules(); }

struct Extracted {
  std::unique_ptr<ingest::Document> doc;
  check::Analysis a;
};

Extracted Run(const std::string& text, const char* date = "2015-09-13") {
  Extracted e;
  auto doc = ingest::LoadDocument("t.txt", text);
  REQUIRE(doc.ok());
  e.doc = std::make_unique<ingest::Document>(std::move(doc).value());
  auto analyzer = check::Analyzer::Create(Rules(), *date ? temporal::ParseIsoDate(date) : std::nullopt);
  REQUIRE(analyzer.ok());
  e.a = analyzer.value()->Analyze(*e.doc, 0);
  return e;
}

std::string Day(const std::optional<std::chrono::sys_days>& d) { return d ? temporal::FormatDay(*d) : "-"; }

// "source|cue|content|stance|chain" for each frame, joined by "; ".
std::string Frames(const Extracted& e) {
  std::string out;
  for (const auto& f : e.a.claims.attributions) {
    if (!out.empty()) out += "; ";
    out += (f.source ? f.source->text : "null") + "|" + f.cue.text + "|" + f.content.text + "|" + StanceName(f.stance) + "|";
    for (size_t i = 0; i < f.chain.size(); ++i) out += (i ? ">" : "") + f.chain[i];
  }
  return out;
}

// "subject attribute=value about made modality polarity [sources]" for each claim.
std::string Claims(const Extracted& e) {
  std::string out;
  for (const auto& c : e.a.claims.claims) {
    if (!out.empty()) out += "; ";
    out += c.subject_name + " " + c.attribute + "=" + c.value + " about " + Day(c.about_first) + " made " +
           Day(c.made_first) + " " + ModalityName(c.modality) + " " + PolarityName(c.polarity) + " [";
    for (size_t i = 0; i < c.sources.size(); ++i) out += (i ? ">" : "") + c.sources[i];
    out += "]";
  }
  return out;
}

struct Case {
  const char* text;
  const char* expected;
};

TEST_CASE("Attribution frames: source, cue, content, stance and chain", "[extract]") {
  const Case cases[] = {
      {"A source in the security services told newspaper Asia Plus that Nazarzoda was killed on September 11.",
       "A source in the security services|told|Nazarzoda was killed on September 11|asserts|"
       "a source in the security services>Asia Plus"},
      {"Tajikistan's authorities said on Sunday that the general is still alive, contradicting reports from two days "
       "earlier that he had been killed.",
       "Tajikistan's authorities|said|the general is still alive|asserts|Tajikistan's authorities; "
       "null|reports|he had been killed|asserts|unnamed reports"},
      {"\"I assure you the operation will be finished,\" one source told Russian news agency Interfax.",
       "one source|told|\"I assure you the operation will be finished,\"|asserts|one source>Interfax"},
      {"\"It will be one of the main issues\" between them, said Yuriy Ushakov, a Putin aide.",
       "Yuriy Ushakov, a Putin aide|said|\"It will be one of the main issues\"|asserts|Yuriy Ushakov"},
      {"According to a source in the security services, the general was killed.",
       "a source in the security services|According to|the general was killed|asserts|a source in the security services"},
      {"The general was killed on Friday, according to officials.",
       "officials|according to|The general was killed on Friday|asserts|officials"},
      {"The ministry denied that he had been arrested.",
       "The ministry|denied|he had been arrested|denies|the ministry"},
      // A negated verb group commits the source to nothing: the frame hedges.
      {"The ministry did not say that he had been arrested.",
       "The ministry|say|that he had been arrested|hedges|the ministry"},
      {"They have never denied that he had been arrested.",
       "They|denied|that he had been arrested|hedges|They"},
      {"The general is still alive, the authorities said.",
       "the authorities|said|The general is still alive|asserts|the authorities"},
      {"Witnesses said the attack happened on September 5.",
       "Witnesses|said|the attack happened on September 5|asserts|Witnesses"},
      // A day is no source for the pattern rules either (s32: "Monday" was).
      {"The State Department on Monday said that the general was killed.",
       "The State Department|said|that the general was killed|asserts|the State Department"},
      // Nor a name after a preposition: the token layer's whole subject is the source (s35:
      // "Congress" was).
      {"Republicans in Congress say that the general was killed.",
       "Republicans in Congress|say|that the general was killed|asserts|Republicans in Congress"},
      // A title before "of" heads its phrase; one before a name is dropped from the speaker's
      // name, a connective from the source (s35: "of State John Kerry" was the source).
      {"Secretary of State John Kerry said the general was killed.",
       "Secretary of State John Kerry|said|the general was killed|asserts|Secretary of State John Kerry"},
      {"But Minister Gholamreza Aqazadeh said the general was killed.",
       "Gholamreza Aqazadeh|said|the general was killed|asserts|Gholamreza Aqazadeh"},
      // So is a connective before its comma, and a day; the head of an appositive source names
      // the speaker, not an organisation inside it (s38: "However, Jill A. Martin, ..." was the
      // source, "Trump Organization" the speaker; "On Thursday" a person the official was).
      {"However, Jill A. Martin, vice president of the Trump Organization, said the general was killed.",
       "Jill A. Martin, vice president of the Trump Organization|said|the general was killed|asserts|Jill A. Martin"},
      {"On Thursday, the official said the general was killed.", "the official|said|the general was killed|asserts|the official"},
      {"Yesterday, Boyd Jefferies, former chairman of Jefferies and Co, said the general was killed.",
       "Boyd Jefferies, former chairman of Jefferies and Co|said|the general was killed|asserts|Boyd Jefferies"},
      {"A spokesman for the Trump Organization said the general was killed.",
       "A spokesman for the Trump Organization|said|the general was killed|asserts|Trump Organization"},
      // "Having said that," names no source "Having" (s38: the pattern rule took it for one).
      {"Having said that, the general was killed.", ""},
      // A pronoun between two people is the one of its gender, when both genders are known (the
      // given-male and given-female lexicons, "Mr."/"Mrs.", a title in -woman); with one unknown
      // it stays unresolved. A person named inside a quotation is no antecedent of the pronoun
      // after it (s38: "he" was Hillary Clinton).
      {"Senator Hillary Clinton met President Donald Trump on Monday. She said the general was killed.",
       "She|said|the general was killed|asserts|Hillary Clinton"},
      {"Senator Pat Smith met President Donald Trump on Monday. She said the general was killed.",
       "She|said|the general was killed|asserts|She"},
      {"\"Senator Hillary Clinton was wrong,\" he said.", "he|said|\"Senator Hillary Clinton was wrong,\"|asserts|he"},
      // "It" is the one organisation or outlet named before it there that spoke before it (s38);
      // a company named only where it speaks is an organisation.
      {"Exxon Corp said it would close the plant. It said the general was killed.",
       "Exxon Corp|said|it would close the plant|asserts|Exxon Corp; It|said|the general was killed|asserts|Exxon Corp"},
      {"In a filing with the Securities and Exchange Commission, Metro said it bought the stock. It said the general was killed.",
       "Metro|said|it bought the stock|asserts|Metro; It|said|the general was killed|asserts|It"},
      // A company's name is no person's ("org-suffix"): the head of the source is an organisation.
      {"MidCon Corp, a subsidiary of Occidental, said the general was killed.",
       "MidCon Corp, a subsidiary of Occidental|said|the general was killed|asserts|MidCon Corp"},
      // "the company", "the bank" are as "it" (s38).
      {"Exxon Corp said it would close the plant. The company said the general was killed.",
       "Exxon Corp|said|it would close the plant|asserts|Exxon Corp; The company|said|the general was killed|asserts|Exxon Corp"},
      // A quotation that goes on in the next sentence without a cue of its own is one content
      // with the frame's (PolNeAR's convention)...
      {"\"Russia will use these difficulties,\" wrote Aleksey Malashenko. \"Moscow has an interest in this threat.\"",
       "Aleksey Malashenko|wrote|\"Russia will use these difficulties,\" wrote Aleksey Malashenko. \"Moscow has an "
       "interest in this threat.\"|asserts|Aleksey Malashenko"},
      // Two apostrophes are a quotation mark there too (the New York Times' ''...'').
      {"''It is not just economic,'' he said. ''They are concerned.''",
       "he|said|''It is not just economic,'' he said. ''They are concerned.''|asserts|he"},
      // Each quoted frame of a paragraph goes on to the next frame.
      {"\"It is the bottom line,\" Rubio added. \"This notion is not true.\" \"There it is,\" Christie said.",
       "Rubio|added|\"It is the bottom line,\" Rubio added. \"This notion is not true.\"|asserts|Rubio; "
       "Christie|said|\"There it is,\"|asserts|Christie"},
      // ... and in the paragraphs after it that open with a quotation mark and give no frame.
      {"\"It was very nice,\" he said.\n\n\"He was very charming.\"",
       "he|said|\"It was very nice,\" he said.\n\n\"He was very charming.\"|asserts|he"},
      {"\"It was nice,\" he said.\n\n\"It was bad,\" she said.",
       "he|said|\"It was nice,\"|asserts|he; she|said|\"It was bad,\"|asserts|she"},
      {"\"It was nice,\" he said.\n\nThe talks went on. \"It was bad.\"", "he|said|\"It was nice,\"|asserts|he"},
      // Not a continuation: a quotation inside the narration (a title), or one after another
      // frame (", adding that ...").
      {"\"Being a dad is my job,\" Weiner said on the podcast \"Here's the Thing.\"",
       "Weiner|said|\"Being a dad is my job,\"|asserts|Weiner"},
      // A title quoted in the frame's own sentence is passed over: the next sentence's quotation
      // still goes on with the frame's.
      {"\"It is more of a consideration,\" Cuban said on NBC's \"Meet the Press.\" \"You do not have to be perfect.\"",
       "Cuban|said|\"It is more of a consideration,\" Cuban said on NBC's \"Meet the Press.\" \"You do not have to be "
       "perfect.\"|asserts|Cuban"},
      // A quotation left open at the paragraph's end (it goes on in the next one) runs to the end.
      {"\"The stereotyping is still strong here,\" he said. \"They think every Arab person is Muslim.",
       "he|said|\"The stereotyping is still strong here,\" he said. \"They think every Arab person is "
       "Muslim.|asserts|he"},
      // A quotation after the narration has gone on to a sentence of its own is not the frame's.
      {"\"It is over,\" Cuban said. He later appeared on \"Meet the Press\" and \"Face the Nation.\"",
       "Cuban|said|\"It is over,\"|asserts|Cuban"},
      {"\"Nobody cares,\" the member said. Aides said donors may balk. \"It is bad for us.\"",
       "the member|said|\"Nobody cares,\"|asserts|the member; "
       "Aides|said|donors may balk. \"It is bad for us.\"|asserts|Aides"},
      // An aside in the frame's own sentence (", adding that ...", ", referring to ...") does
      // not end the quotation: the one after it goes on with the frame's, as PolNeAR marks it.
      {"\"Nobody cares about the rules any more,\" the member said, adding that donors may balk. \"It is bad for us "
       "and for the party.\"",
       "the member|said|\"Nobody cares about the rules any more,\" the member said, adding that donors may balk. \"It "
       "is bad for us and for the party.\"|asserts|the member; the member|adding|that donors may balk|asserts|the member"},
      // A quotation that a clause of the narration leads into goes on the same way.
      {"Teachers are \"looking to see who is on the other side,\" Garcia said. \"That has got to scare an educator.\"",
       "Garcia|said|Teachers are \"looking to see who is on the other side,\" Garcia said. \"That has got to scare an "
       "educator.\"|asserts|Garcia"},
      // ... but a clause that ends in no quotation does not.
      {"Teachers are looking to see who is on the other side, Garcia said. \"That has got to scare an educator.\"",
       "Garcia|said|Teachers are looking to see who is on the other side|asserts|Garcia"},
      // Not when the narration between outweighs the quotations: the content would be mostly
      // the source's description.
      {"\"It is over,\" said Jane Doe, a former official who worked for the agency for many years and now teaches "
       "history at a university in Ohio. \"We lost.\"",
       "Jane Doe, a former official who worked for the agency for many years and now teaches history at a university "
       "in Ohio|said|\"It is over,\"|asserts|Jane Doe"},
      // A reported clause that ends its sentence goes on with the quotations after it that have
      // no frame of their own...
      {"Aides said the Fed wants to get out of the way. \"They do not like to talk about it.\"",
       "Aides|said|the Fed wants to get out of the way. \"They do not like to talk about it.\"|asserts|Aides"},
      // ... but not with one that has its own.
      {"Aides said the Fed wants to get out of the way. \"They do not like it,\" a banker said.",
       "Aides|said|the Fed wants to get out of the way|asserts|Aides; "
       "a banker|said|\"They do not like it,\"|asserts|a banker"},
      // A clause reported by a cue after it holds no frame of its own...
      {"It also wants to stop state policies that hurt minorities, the group says.",
       "the group|says|It also wants to stop state policies that hurt minorities|asserts|the group"},
      {"His lead among voters who say they will vote in the primary is larger, according to the poll.",
       "the poll|according to|His lead among voters who say they will vote in the primary is larger|asserts|the poll"},
      // ... but a quotation in it keeps its frame.
      {"\"I shook his hand and nothing more,\" the pope told reporters, according to Reuters.",
       "the pope|told|\"I shook his hand and nothing more,\"|asserts|the pope; "
       "Reuters|according to|\"I shook his hand and nothing more,\" the pope told reporters|asserts|Reuters"},
      // A quotation right after the cue goes on from it, even with the stop missing.
      {"\"We will build a wall,\" Trump said \"Mexico will pay for it.\"",
       "Trump|said|\"We will build a wall,\" Trump said \"Mexico will pay for it.\"|asserts|Trump"},
      // ... but after a circumstance that follows the source (the seed's Malashenko) it is a frame
      // of its own.
      {"\"Russia will use these difficulties,\" wrote Aleksey Malashenko, in an analysis. \"Moscow has an interest in "
       "this threat.\"",
       "Aleksey Malashenko|wrote|\"Russia will use these difficulties,\"|asserts|Aleksey Malashenko; "
       "Aleksey Malashenko|wrote|\"Moscow has an interest in this threat.\"|asserts|Aleksey Malashenko"},
      // A name glued to its cue after a quotation.
      {"\"Now the goal is clear,\" the state news agency Khovarwrote in a commentary.",
       "the state news agency Khovar|wrote|\"Now the goal is clear,\"|asserts|Khovar"},
      // "called for X": the object is X.
      {"The NAACP called for a moratorium on charter schools.",
       "The NAACP|called|a moratorium on charter schools|asserts|the NAACP"},
      // Not frames: an object that a preposition opens, a possessive before a noun cue.
      {"Chemicals like these were found in refrigerants.", ""},
      // Not frames: "when" dates the saying; seeing and continuing are no cues.
      {"Liz Wahl said when she resigned from the network in 2014.", ""},
      {"Republicans in Congress continue their legislative attacks.", ""},
      {"America has seen its biggest boom in decades.", ""},
      {"The candidates' plans to cut taxes are vague.", ""},
      // Not frames: an inference, a scare quote, a plan that went "according to" something.
      {"All this suggests that the summit could be unpredictable.", ""},
      {"But Putin's \"support\" may not be what Rahmon is looking for.", ""},
      {"The work went according to plan.", ""},
      // A word in -ous is no plural that a source phrase goes on through ("contiguous to 11.5
      // square kilometers" is no source of "granted").
      {"Ghana granted the venture 14.5 square kilometers, contiguous to 11.5 square kilometers granted earlier, the "
       "company said.",
       "the company|said|Ghana granted the venture 14.5 square kilometers, contiguous to 11.5 square kilometers granted "
       "earlier|asserts|the company"},
      // A relative pronoun as the source names its speaker through the phrase before it (s25).
      {"The ministry put out a statement that said the general was killed.",
       "that|said|the general was killed|asserts|a statement"},
      {"Ted Cruz, who said the plan would fail, resigned early.", "who|said|the plan would fail|asserts|Ted Cruz"},
      // A fronted subordinate clause holds its frame: the content ends where the main clause
      // starts, for a token frame and a pattern rule's alike (s36); a date's comma, a list's and
      // "Until now" do not end it, nor does an as-frame's comma.
      {"While Ramos said journalists cannot have any political affiliation, he appears uneasy about it.",
       "Ramos|said|journalists cannot have any political affiliation|asserts|Ramos"},
      {"When President Obama announces that he is ready for the fight against guns, he is set to release orders.",
       "Obama|announces|he is ready for the fight against guns|asserts|Obama"},
      {"But while Air France said it wants to buy seven of the aircraft, it has not placed an order.",
       "Air France|said|it wants to buy seven of the aircraft|asserts|Air France"},
      {"After the board said on March 3, 2015, that it would sell the unit, the shares rose.",
       "the board|said|that it would sell the unit|asserts|the board"},
      {"Until now Mannesmann has said only that it wanted to buy a stake in Fichtel, the maker of parts.",
       "Mannesmann|said|only that it wanted to buy a stake in Fichtel, the maker of parts|asserts|Mannesmann"},
      {"As Cruz said on his radio program on Monday, the race is a dead heat.", "Cruz|said|the race is a dead heat|asserts|Cruz"},
      {"As the White House hinted at what his plans might include, the governor was not having any of it.",
       "the White House|hinted|what his plans might include|asserts|the White House"},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    CHECK(Frames(Run(c.text)) == c.expected);
  }
}

TEST_CASE("Headline frames: a speaker before a colon in the story's first line", "[extract]") {
  const Case cases[] = {
      // The speaker is the words before "to", "on" or "at"; an outlet's acronym and a report are
      // speakers too.
      {"Clinton to Planned Parenthood: Trump will reverse the ruling.\n\nThe vote is on Tuesday.\n",
       "Clinton|:|Trump will reverse the ruling|asserts|Clinton"},
      {"IG report: State was inaccurate on Clinton.\n\nThe vote is on Tuesday.\n",
       "IG report|:|State was inaccurate on Clinton|asserts|IG report"},
      {"AP: Trump chair routed money to lobbyists.\n\nThe vote is on Tuesday.\n",
       "AP|:|Trump chair routed money to lobbyists|asserts|AP"},
      // Not frames: a label in capitals, a label word, a topic with a determiner, a phrase that a
      // preposition opens.
      {"BOOM: Trump Just Fired A Missile At Rivals.\n\nThe vote is on Tuesday.\n", ""},
      {"The Latest: Sanders wins the caucuses in Iowa.\n\nThe vote is on Tuesday.\n", ""},
      {"The Ninth Circle: The Hellish View from Inside the Beltway.\n\nThe vote is on Tuesday.\n", ""},
      {"Beyond plagiarism, a bigger issue: Is this team ready?\n\nThe vote is on Tuesday.\n", ""},
      // A wire headline in capitals whose colon opens a table.
      {"SAO PAULO STATE: PRESIDENTE PRUDENTE 0.6 MM, VOTUPORANGA 12.0 MM, FRANCA 28.0 MM.\n\nThe vote is on Tuesday.\n", ""},
      // A Title Case headline may keep function words in lower case; a particle belongs to the
      // cue and a subordinate clause ends the object (s33).
      {"Glenn Beck Blasts Drudge for Mocking His Fast, Quotes Bible to Encourage Indiana to Turn Away from Boasters.\n\nThe vote is on Tuesday.\n",
       "Glenn Beck|Blasts|Drudge for Mocking His Fast|asserts|Glenn Beck"},
      {"Mike Pence Calls for Special Prosecutor after Report Reveals Clinton's Meetings.\n\nThe vote is on Tuesday.\n",
       "Mike Pence|Calls for|Special Prosecutor|asserts|Mike Pence"},
      // A base form after a singular noun is a noun in a headline (s33); after a plural, a verb.
      {"San Bernardino Terror Suspect Named By Police.\n\nThe vote is on Tuesday.\n", ""},
      {"Republicans Blast Obama After North Korea Test.\n\nThe vote is on Tuesday.\n",
       "Republicans|Blast|Obama|asserts|Republicans"},
      // A transcript's speaker in capitals after the headline still is one.
      {"Debate night.\n\nPENCE: Well, the plan will work for every family.\n",
       "PENCE|:|Well, the plan will work for every family|asserts|PENCE"},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    CHECK(Frames(Run(c.text)) == c.expected);
  }
}

TEST_CASE("Colon paragraphs: a cue and a colon that end a paragraph introduce the next", "[extract]") {
  const Case cases[] = {
      {"The debate turned to the cities.\n\nHe said:\n\n\"We have a situation in our inner cities. You walk down the street, you get shot.\"\n\nThe vote is on Tuesday.\n",
       "He|said|\"We have a situation in our inner cities. You walk down the street, you get shot.\"|asserts|He"},
      // A circumstance before the source and an addressee after the cue; a quotation that runs
      // over two paragraphs (the first not closed, the second opening with a mark) is one content.
      {"The crowd cheered.\n\nIn a speech last July, Smith told his audience:\n\n\u201CLet no one be mistaken. The plan is a cancer.\n\n\u201CWe will reject it.\u201D\n\nThe vote is on Tuesday.\n",
       "Smith|told|\"Let no one be mistaken. The plan is a cancer.\n\n\"We will reject it.\"|asserts|Smith"},
      // An inverted cue that opens the paragraph: the name after it.
      {"The crowd cheered.\n\nStated Stone:\n\n\"I think that the stakes are so high.\"\n\nThe vote is on Tuesday.\n",
       "Stone|Stated|\"I think that the stakes are so high.\"|asserts|Stone"},
      // Not frames: a clause of its own between the cue and the colon (a list follows), and a
      // colon after no cue.
      {"The agency rated bonds.\n\nMoody's said it also assigned AAA ratings to:\n\nThe World Bank's one billion francs of seven pct eurobonds due 1997.\n", ""},
      {"The agency rated bonds.\n\nThe results were as follows:\n\nThe World Bank's one billion francs of seven pct eurobonds due 1997.\n", ""},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    CHECK(Frames(Run(c.text)) == c.expected);
  }
}

TEST_CASE("Aliases: surnames, definite descriptions and unambiguous pronouns", "[extract]") {
  const Case cases[] = {
      // A surname refers to the full name.
      {"Deputy defense minister Abduhalim Nazarzoda fled. Officials said Nazarzoda was killed.",
       "Abduhalim Nazarzoda life-status=dead about - made 2015-09-13 reported positive [Officials]"},
      // A definite description refers to the one person holding that title, wherever named.
      {"Officials said the renegade general is still alive. Forces led by general Abduhalim Nazarzoda attacked.",
       "Abduhalim Nazarzoda life-status=alive about - made 2015-09-13 reported positive [Officials]"},
      // He refers to the one person mentioned before it.
      {"Officials said the renegade general is alive, contradicting reports that he had been killed. "
       "Forces led by general Abduhalim Nazarzoda attacked.",
       "Abduhalim Nazarzoda life-status=alive about - made 2015-09-13 reported positive [Officials]; "
       "Abduhalim Nazarzoda life-status=dead about - made 2015-09-13 reported positive [unnamed reports]"},
      // Two people before "he": ambiguous, so no claim.
      {"President Emomali Rahmon met general Abduhalim Nazarzoda, and officials said that he was arrested.", ""},
      // A pronoun right after a named speaker is the speaker, not a man named earlier (issue 12).
      {"Finance Minister Gerhard Stoltenberg met bankers on Monday. Rueckert told Reuters he resigned.",
       "Rueckert office=resigned about - made 2015-09-13 reported positive [Rueckert]"},
      // Two people with one title: "the general" names neither.
      {"General John Smith met general Abduhalim Nazarzoda. Officials said the general was killed.", ""},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    CHECK(Claims(Run(c.text)) == c.expected);
  }
}

TEST_CASE("Entity names: the words that open a sentence are no part of a name", "[extract]") {
  const Case cases[] = {
      // An organisation named at a sentence's start is the one named inside it.
      {"The World Bank said it would lend more. Critics of the World Bank disagreed.", "World Bank"},
      {"An Interior Ministry official spoke. But Trade Union leaders left.", "Interior Ministry, Trade Union"},
      // What is left must still be a name of two words: "In Washington", "On Thursday" name no one.
      {"In Washington, a spokesman said the talks went well.", ""},
      {"On Thursday, the official said the talks went well.", ""},
      // A middle initial is part of a name. (This case also passed before s38, through the
      // speaker's name test; the office claim about "William C. Smith" below is the one that
      // failed then.)
      {"Chairman Roger B. Smith said the talks went well.", "Roger B. Smith"},
      // Nor a month's name before or after it (not May, a given name too).
      {"The talks, said Felix Houphouet-Boigny March, went well.", "Felix Houphouet-Boigny"},
      {"In July Bank officials said the talks went well.", ""},
      {"President Rick May said the talks went well.", "Rick May"},
      // Nor a possessive's "'s", nor "The" before a person's name (s38).
      {"The talks went well, said Mikhail Gorbachev's spokesman.", "Mikhail Gorbachev"},
      {"The talks went well, said The Washington Post.", "Washington Post"},
      // An outlet keeps its name.
      {"He told the newspaper Sunday Times that the talks went well.", "Sunday Times"},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    std::string names;
    for (const auto& entity : Run(c.text).a.claims.entities) names += (names.empty() ? "" : ", ") + entity.name;
    CHECK(names == c.expected);
  }
}

TEST_CASE("Claims: attributes, values, times, polarity and modality", "[extract]") {
  const Case cases[] = {
      {"Police said Umarali Kuvvatov was arrested on Monday.",
       "Umarali Kuvvatov detention=detained about 2015-09-07 made 2015-09-13 reported positive [Police]"},
      {"The ministry denied that Umarali Kuvvatov had been arrested.",
       "Umarali Kuvvatov detention=detained about - made 2015-09-13 denied positive [the ministry]"},
      {"Umarali Kuvvatov was not arrested, police said.",
       "Umarali Kuvvatov detention=detained about - made 2015-09-13 reported negative [police]"},
      // A negated frame's content is nobody's claim (its frame hedges: see above).
      {"The ministry did not say that Umarali Kuvvatov had been arrested.", ""},
      {"Police would not say whether Umarali Kuvvatov was arrested.", ""},
      {"Officials said Umarali Kuvvatov was reportedly killed.",
       "Umarali Kuvvatov life-status=dead about - made 2015-09-13 hedged positive [Officials]"},
      // A name with a middle initial (s38: none was found).
      {"William C. Smith has been named president of the company.", "William C. Smith office=appointed about - made 2015-09-13 asserted positive []"},
      {"Twelve people died in the attack, the interior ministry said on Friday.",
       "the attack count=12 about - made 2015-09-11 reported positive [the interior ministry]"},
      {"The conflict began September 4, when armed groups attacked.",
       "the conflict event-date=2015-09-04 about - made 2015-09-13 asserted positive []"},
      {"The minister resigned on September 3.",
       "the minister office=resigned about 2015-09-03 made 2015-09-13 asserted positive []"},
      {"On Tuesday, Umarali Kuvvatov was in Dushanbe, officials said.",
       "Umarali Kuvvatov whereabouts=Dushanbe about 2015-09-08 made 2015-09-13 reported positive [officials]"},
      // A toll the story states; not claims: things, plurals, companies, infinitives.
      {"Nine people were killed in the crash.", "the crash count=9 about - made 2015-09-13 asserted positive []"},
      {"The plan died in committee. Iraqis were killed.", ""},
      {"Switzerland was elected to the council. He wants to resign.", ""},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    CHECK(Claims(Run(c.text)) == c.expected);
  }
}

TEST_CASE("The seed's claims are the ones the story states", "[extract][seed]") {
  std::string seed = testing::ReadFileOrEmpty(testing::SourcePath("fixtures/eurasianet-tajikistan-general.txt"));
  REQUIRE(!seed.empty());
  for (const char* date : {"2015-09-13", ""}) {
    INFO("date " << date);
    auto e = Run(seed, date);
    CHECK(Claims(e) ==
          "Abduhalim Nazarzoda life-status=alive about - made 2015-09-13 reported positive [Tajikistan's authorities]; "
          "Abduhalim Nazarzoda life-status=dead about - made 2015-09-11 reported positive [unnamed reports]; "
          "the conflict event-date=2015-09-04 about - made 2015-09-13 asserted positive []; "
          "Abduhalim Nazarzoda life-status=dead about 2015-09-11 made 2015-09-13 reported positive "
          "[a source in the security services>Asia Plus]; "
          "Abduhalim Nazarzoda life-status=alive about - made 2015-09-13 reported positive [Abdulrakhim Kahharov]");
    // The speakers of the commentary, the Interfax source, Ushakov and Malashenko.
    std::vector<std::string> speakers;
    for (const auto& f : e.a.claims.attributions) speakers.push_back(f.chain.empty() ? "" : f.chain.front());
    CHECK(speakers == std::vector<std::string>{"Tajikistan's authorities", "unnamed reports",
                                               "a source in the security services", "Abdulrakhim Kahharov", "Khovar",
                                               "one source", "Yuriy Ushakov", "Aleksey Malashenko", "Aleksey Malashenko"});
    // Kahharov's title, and the general's aliases.
    for (const auto& ent : e.a.claims.entities) {
      if (ent.name == "Abdulrakhim Kahharov") {
        CHECK(ent.titles == std::vector<std::string>{"secretary of the national security council"});
      }
      if (ent.name == "Abduhalim Nazarzoda") {
        CHECK(std::find(ent.aliases.begin(), ent.aliases.end(), "the renegade general") != ent.aliases.end());
        CHECK(std::find(ent.aliases.begin(), ent.aliases.end(), "Nazarzoda") != ent.aliases.end());
      }
    }
  }
}

TEST_CASE("Every extract rule's examples pass", "[extract][rules]") {
  for (const auto& e : RunExtractRuleExamples(Rules())) FAIL_CHECK(e.where().ToString() << ": " << e.message());
}

TEST_CASE("The extract example runner catches a rule that misses its bad example or fires on a good one", "[extract][rules]") {
  const char* yaml =
      "pack: t\ndescription: x\nrules:\n  - id: r\n    kind: entity\n    type: person\n"
      "    pattern: '(?P<name>Smith)'\n    span: name\n"
      "    examples: {bad: ['said <m>Jones</m>'], good: ['said Smith']}\n";
  std::vector<Status> errors;
  rules::Pack pack = rules::LoadPack("t.yaml", yaml, &errors);
  REQUIRE(errors.empty());
  rules::RuleSet set;
  set.Add(std::move(pack));
  auto found = RunExtractRuleExamples(set);
  REQUIRE(found.size() == 2);
  CHECK(found[0].message() == "rule 't/r': example should match \"Jones\" but matched nothing");
  CHECK(found[0].where().line == 9);
  CHECK(found[1].message() == "rule 't/r': good example matched \"Smith\"");
}

TEST_CASE("An extract rule with a bad type, content mode or value template is an error at its key", "[extract][rules]") {
  const char* const kBad[] = {
      "pack: t\ndescription: x\nrules:\n  - id: r\n    kind: entity\n    type: robot\n"
      "    pattern: '(?P<name>x)'\n    examples: {bad: ['<m>x</m>'], good: ['y']}\n",
      "pack: t\ndescription: x\nrules:\n  - id: r\n    kind: attribution\n    content: inside\n"
      "    pattern: '(?P<cue>x)'\n    examples: {bad: ['<m>x</m>'], good: ['y']}\n",
      "pack: t\ndescription: x\nrules:\n  - id: r\n    kind: claim\n    attribute: a\n    value: '{nope}'\n"
      "    pattern: '(?P<subject>x)'\n    examples: {bad: ['<m>x</m>'], good: ['y']}\n",
  };
  const int kLines[] = {6, 6, 7};
  for (int i = 0; i < 3; ++i) {
    std::vector<Status> errors;
    rules::Pack pack = rules::LoadPack("t.yaml", kBad[i], &errors);
    REQUIRE(errors.empty());
    rules::RuleSet set;
    set.Add(std::move(pack));
    auto x = Extractor::Create(set);
    REQUIRE(!x.ok());
    CHECK(x.status().where().line == kLines[i]);
  }
}

}  // namespace
}  // namespace claimcheck::extract
