// End-to-end throughput: `claimcheck check` over a directory of stories (read, validate,
// normalise, segment, match, every check, sort, report to /dev/null), in MB/s of input, on one
// thread and on all cores. With --scale N the corpus is copied N times into a temporary
// directory first, for a larger run.
//
//   ninja -C build claimcheck_bench && build/bench/claimcheck_bench ../shared/corpus/reuters-dev
#include <chrono>
#include <cstdio>
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

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: claimcheck_bench DIR [--scale N] [--runs N]\n");
    return 2;
  }
  std::string dir = argv[1];
  int scale = 1, runs = 3;
  for (int i = 2; i + 1 < argc; i += 2) {
    if (std::string(argv[i]) == "--scale") scale = std::stoi(argv[i + 1]);
    if (std::string(argv[i]) == "--runs") runs = std::stoi(argv[i + 1]);
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
