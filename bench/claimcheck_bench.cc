// End-to-end throughput: `claimcheck check` over a directory of stories (read, validate,
// normalise, segment, match, every check, sort, report to /dev/null), in MB/s of input, on one
// thread and on all cores. With --scale N the corpus is copied N times into a temporary
// directory first, for a larger run.
//
//   ninja -C build claimcheck_bench && build/bench/claimcheck_bench ../shared/corpus/reuters-dev
#include <charconv>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include "app/cli.h"

namespace fs = std::filesystem;

namespace {

double RunOnce(const std::string& dir, unsigned jobs) {
  std::vector<std::string> args = {"claimcheck", "check", "--format", "json", "--fail-on", "none",
                                   "--no-config", "-o", "/dev/null", "--jobs", std::to_string(jobs), dir};
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  auto start = std::chrono::steady_clock::now();
  int rc = claimcheck::app::Main(static_cast<int>(args.size()), argv.data());
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (rc == 2) std::fprintf(stderr, "claimcheck failed on %s\n", dir.c_str());
  return seconds;
}

// A whole number from 1 to 1000 for an option, or 0 when `s` is none.
int Count(const char* s) {
  int v = 0;
  const char* end = s + std::strlen(s);
  auto [p, ec] = std::from_chars(s, end, v);
  return ec == std::errc() && p == end && v >= 1 && v <= 1000 ? v : 0;
}

}  // namespace

int main(int argc, char** argv) {
  const char* usage =
      "usage: claimcheck_bench DIR [--scale N] [--runs N]\n"
      "  Runs `claimcheck check` over the stories in DIR and reports MB/s on one job and on all cores.\n"
      "  --scale N  copy DIR N times into a temporary directory first (a larger run)\n"
      "  --runs N   best of N runs per setting (default 3)\n";
  if (argc < 2 || std::string(argv[1]) == "--help" || std::string(argv[1]) == "-h") {
    std::fputs(usage, argc < 2 ? stderr : stdout);
    return argc < 2 ? 2 : 0;
  }
  std::string dir = argv[1];
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    std::fprintf(stderr, "claimcheck_bench: %s: not a directory\n%s", dir.c_str(), usage);
    return 2;
  }
  int scale = 1, runs = 3;
  for (int i = 2; i < argc; i += 2) {
    const std::string opt = argv[i];
    const int v = i + 1 < argc ? Count(argv[i + 1]) : 0;
    if ((opt != "--scale" && opt != "--runs") || v == 0) {
      std::fprintf(stderr, "claimcheck_bench: %s: expected --scale N or --runs N with N from 1 to 1000\n%s", opt.c_str(), usage);
      return 2;
    }
    (opt == "--scale" ? scale : runs) = v;
  }
  fs::path tmp;
  if (scale > 1) {
    tmp = fs::temp_directory_path() / "claimcheck-bench-corpus";
    fs::remove_all(tmp);
    for (int k = 0; k < scale; ++k) {
      fs::create_directories(tmp / std::to_string(k));
      fs::copy(dir, tmp / std::to_string(k), fs::copy_options::recursive);
    }
    dir = tmp.string();
  }
  uintmax_t bytes = 0;
  size_t files = 0;
  for (const auto& e : fs::recursive_directory_iterator(dir)) {
    if (e.is_regular_file()) bytes += e.file_size(), ++files;
  }
  const double mb = static_cast<double>(bytes) / 1e6;
  std::printf("corpus: %zu files, %.1f MB\n", files, mb);
  unsigned cores = std::max(1u, std::thread::hardware_concurrency());
  for (unsigned jobs : {1u, cores}) {
    double best = 1e30;
    for (int r = 0; r < runs; ++r) best = std::min(best, RunOnce(dir, jobs));
    std::printf("jobs=%u: best of %d runs %.3f s, %.1f MB/s (%.1f MB/s per core)\n", jobs, runs, best, mb / best,
                mb / best / jobs);
  }
  if (!tmp.empty()) fs::remove_all(tmp);
  return 0;
}
