// The SQLite claims archive at scale: a synthetic archive (default 1,000,000 claims over 100,000
// stories about 50,000 people, written once and kept), then `check --against` on a draft that
// names a few of those people, end to end through app::RunCheck. Reports the time to write the
// archive, its size, the draft's latency (median of several runs), the claims it read, and what
// reading the whole archive would cost instead. A benchmark, never a test.
//   ninja -C build archive_bench && build/bench/archive_bench /tmp/archive-1m.db [CLAIMS] [DOCS] [PEOPLE]
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>

#include "app/run.h"
#include "archive/sqlite_archive.h"

using namespace claimcheck;

namespace {

double Seconds(std::chrono::steady_clock::time_point since) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

const char* const kSyllables[] = {"ka", "ri", "mo", "da", "vro", "sa", "di", "na", "za", "ro", "ya", "ku",
                                  "sha", "ra", "fi", "ru", "zo", "bo", "ha", "ki", "mi", "lo", "te", "nu",
                                  "go", "pa", "si", "dze", "tu", "be"};

std::string Cap(std::string s) {
  s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s;
}

// Person p: "Karim Modaharov": 900 given names; a family name shared by five people (the family
// name is a capitalised alias, so it merges those five across stories, as "Rahimov" would).
std::string First(long p) { return Cap(std::string(kSyllables[p % 30]) + kSyllables[(p / 30) % 30] + "m"); }
std::string Last(long p) {
  return Cap(std::string(kSyllables[(p / 5) % 30]) + kSyllables[(p / 150) % 30] + kSyllables[(p / 4500) % 30] + "rov");
}

int Generate(const std::string& path, long claims, long docs, long people) {
  auto opened = archive::SqliteArchive::Open(path, archive::SqliteArchive::Mode::kWrite);
  if (!opened.ok()) {
    std::fprintf(stderr, "%s\n", opened.status().ToString().c_str());
    return 2;
  }
  auto& db = *opened.value();
  std::mt19937 rng(42);
  const char* const kAttrs[] = {"life-status", "detention", "whereabouts", "count"};
  const char* const kValues[][2] = {{"alive", "dead"}, {"detained", "free"}, {"Dushanbe", "Khorog"}, {"9", "12"}};
  const auto base = std::chrono::sys_days(std::chrono::year{2015} / 1 / 1);
  auto t0 = std::chrono::steady_clock::now();
  if (!db.Begin().ok()) return 2;
  const long per_doc = claims / docs;
  for (long d = 0; d < docs; ++d) {
    graph::ArchiveDocument doc;
    doc.path = "archive/story-" + std::to_string(d) + ".txt";
    for (long i = 0; i < per_doc; ++i) {
      const long p = static_cast<long>(rng() % people);
      const std::string name = First(p) + " " + Last(p);
      auto it = std::find_if(doc.claims.entities.begin(), doc.claims.entities.end(),
                             [&](const extract::Entity& e) { return e.name == name; });
      if (it == doc.claims.entities.end()) {
        extract::Entity e;
        e.name = name;
        e.aliases = {Last(p)};
        doc.claims.entities.push_back(e);
        it = doc.claims.entities.end() - 1;
      }
      extract::Claim c;
      c.subject = static_cast<int>(it - doc.claims.entities.begin());
      c.subject_name = name;
      const int a = static_cast<int>(rng() % 4);
      c.attribute = kAttrs[a];
      c.value = kValues[a][rng() % 50 == 0 ? 1 : 0];
      c.made_first = c.made_last = base + std::chrono::days(d % 3000);
      c.made_text = "document date";
      c.modality = extract::Modality::kReported;
      c.sources = {"officials"};
      c.span = {static_cast<uint32_t>(i * 80), static_cast<uint32_t>(i * 80 + 40)};
      c.rule = "bench/synthetic";
      doc.claims.claims.push_back(std::move(c));
    }
    archive::DocumentInfo info{doc.path, "", "", ""};
    Status s = db.Put(info, doc);
    if (!s.ok()) {
      std::fprintf(stderr, "%s\n", s.ToString().c_str());
      return 2;
    }
  }
  if (!db.Commit().ok()) return 2;
  std::printf("wrote %ld claims over %ld stories in %.1f s: %.0f MB\n", per_doc * docs, docs, Seconds(t0),
              static_cast<double>(std::filesystem::file_size(path)) / 1e6);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  // (An option is no archive path: "--help" would have made an archive of that name.)
  const bool help = argc >= 2 && (std::string(argv[1]) == "--help" || std::string(argv[1]) == "-h");
  if (argc < 2 || argv[1][0] == '-') {
    std::fprintf(help ? stdout : stderr,
                 "usage: archive_bench ARCHIVE.db [CLAIMS] [DOCS] [PEOPLE]\n"
                 "  Generates ARCHIVE.db (when it does not exist) and times a check of a draft against it.\n");
    return help ? 0 : 2;
  }
  const std::string path = argv[1];
  const long claims = argc > 2 ? std::atol(argv[2]) : 1000000;
  const long docs = argc > 3 ? std::atol(argv[3]) : 100000;
  const long people = argc > 4 ? std::atol(argv[4]) : 50000;
  if (!std::filesystem::exists(path)) {
    if (int rc = Generate(path, claims, docs, people)) return rc;
  }
  // A draft about three archived people: one said dead, one arrested, one alive.
  const std::string draft = std::filesystem::temp_directory_path() / "claimcheck-archive-bench-draft.txt";
  {
    std::ofstream out(draft);
    out << "DUSHANBE, May 3, 2015 - A source in the security services told newspaper Asia Plus that "
        << First(17) << " " << Last(17) << " was killed on May 1.\n\nOfficials said " << First(4242) << " "
        << Last(4242) << " was arrested on May 2.\n\nOn May 3, police spokesman Ali Nazarov announced that "
        << First(31337 % people) << " " << Last(31337 % people) << " was still alive.\n";
  }
  app::CheckOptions options;
  options.paths = {draft};
  options.against = {path};
  options.format = "json";
  options.fail_on = "none";
  options.no_config = true;
  options.common.jobs = 1;
  // The same draft without the archive: what the look-ups add.
  std::vector<double> alone;
  for (int run = 0; run < 7; ++run) {
    app::CheckOptions o = options;
    o.against.clear();
    std::ostringstream out, err;
    auto t0 = std::chrono::steady_clock::now();
    app::RunCheck(o, out, err);
    alone.push_back(Seconds(t0));
  }
  std::sort(alone.begin(), alone.end());
  std::printf("check of the draft alone: median %.3f s\n", alone[alone.size() / 2]);
  std::vector<double> times;
  std::string report;
  for (int run = 0; run < 7; ++run) {
    std::ostringstream out, err;
    auto t0 = std::chrono::steady_clock::now();
    const int rc = app::RunCheck(options, out, err);
    times.push_back(Seconds(t0));
    if (rc == 2) {
      std::fprintf(stderr, "check failed: %s\n", err.str().c_str());
      return 2;
    }
    report = out.str();
  }
  std::sort(times.begin(), times.end());
  size_t conflicts = 0;
  for (size_t at = report.find("\"conflict."); at != std::string::npos; at = report.find("\"conflict.", at + 1)) {
    ++conflicts;
  }
  std::printf("check --against %s (one draft, %zu conflict findings): median %.3f s, min %.3f s, max %.3f s\n",
              path.c_str(), conflicts, times[times.size() / 2], times.front(), times.back());
  // What the draft's groups hold, and what reading everything would cost instead.
  auto opened = archive::SqliteArchive::Open(path, archive::SqliteArchive::Mode::kRead);
  if (!opened.ok()) return 2;
  auto t0 = std::chrono::steady_clock::now();
  auto all = opened.value()->ReadAll();
  if (!all.ok()) return 2;
  size_t n = 0;
  for (const auto& d : all.value()) n += d.claims.claims.size();
  std::printf("for comparison, reading the whole archive (%zu claims): %.1f s\n", n, Seconds(t0));
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  std::printf("peak RSS %ld MB\n", u.ru_maxrss / 1024);
  std::filesystem::remove(draft);
  return 0;
}
