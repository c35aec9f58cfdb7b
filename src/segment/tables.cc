#include "segment/tables.h"

#include <algorithm>
#include <cctype>

namespace claimcheck::segment {
namespace {

bool Digit(char c) { return c >= '0' && c <= '9'; }
bool Lower(char c) { return c >= 'a' && c <= 'z'; }

// A token without the brackets and punctuation around it: "(87.4)," -> "87.4".
std::string_view Core(std::string_view t) {
  while (!t.empty() && (t.front() == '(' || t.front() == '[' || t.front() == '"')) t.remove_prefix(1);
  while (!t.empty() && std::string_view(",;:)]\"").find(t.back()) != std::string_view::npos) t.remove_suffix(1);
  if (t.size() > 1 && t.back() == '.' && Digit(t[t.size() - 2])) t.remove_suffix(1);
  return t;
}

// Numbers as tables write them: 19,100  315.00/317.00  1-1/4  -0.5  12.5%  1986/87.
bool Number(std::string_view t) {
  bool digit = false;
  for (char c : t) {
    if (Digit(c)) {
      digit = true;
    } else if (std::string_view(".,/-+%").find(c) == std::string_view::npos) {
      return false;
    }
  }
  return digit;
}

// A dash or star standing for an empty cell: "-", "--", "---", "*".
bool Filler(std::string_view t) { return !t.empty() && t.find_first_not_of("-*.") == std::string_view::npos; }

}  // namespace

TableFinder::TableFinder(const std::vector<std::string>& table_words) {
  for (const auto& w : table_words) {
    std::string lower = w;
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    words_.push_back(lower);
  }
  std::sort(words_.begin(), words_.end());
  for (const auto& w : words_) {
    if (!w.empty() && w.size() < 32) first_[static_cast<unsigned char>(w[0])] |= uint32_t{1} << w.size();
  }
}

bool TableFinder::TableWord(std::string_view token) const {
  char lower[16];
  if (token.empty() || token.size() > sizeof lower) return false;
  const auto first = static_cast<unsigned char>(std::tolower(static_cast<unsigned char>(token[0])));
  if ((first_[first] & (uint32_t{1} << token.size())) == 0) return false;
  for (size_t i = 0; i < token.size(); ++i) lower[i] = static_cast<char>(std::tolower(static_cast<unsigned char>(token[i])));
  return std::binary_search(words_.begin(), words_.end(), std::string_view(lower, token.size()));
}

TableFinder::Line TableFinder::Classify(std::string_view line) const {
  size_t first = line.find_first_not_of(' ');
  if (first == std::string_view::npos) return Line::kProse;
  line = line.substr(first, line.find_last_not_of(' ') - first + 1);
  int n = 0, numbers = 0, prose = 0, table_words = 0;
  // Cells: runs of tokens between gaps; a cell is a value when all its tokens are numbers,
  // fillers or table words and one is a number, filler or placeholder.
  int cells = 0, value_cells = 0, longest_later_cell = 0, first_cell = 0;
  int cell_tokens = 0;
  bool cell_values = true, cell_has_value = false;
  auto close_cell = [&] {
    if (cell_tokens == 0) return;
    if (cells == 0) first_cell = cell_tokens;
    if (cells > 0 && cell_tokens > longest_later_cell) longest_later_cell = cell_tokens;
    if (cell_values && cell_has_value) ++value_cells;
    ++cells;
    cell_tokens = 0;
    cell_values = true;
    cell_has_value = false;
  };
  for (size_t i = 0; i < line.size();) {
    size_t j = line.find(' ', i);
    if (j == std::string_view::npos) j = line.size();
    if (i >= 2 && line[i - 1] == ' ' && line[i - 2] == ' ') {
      size_t k = i - 1;
      while (k > 0 && line[k] == ' ') --k;
      if (std::string_view(".,;:").find(line[k]) == std::string_view::npos) close_cell();  // a cell gap
    }
    ++n;
    ++cell_tokens;
    std::string_view c = Core(line.substr(i, j - i));
    if (Number(c) || Filler(c)) {
      ++numbers;
      cell_has_value = true;
    } else if (TableWord(c)) {
      ++table_words;
      cell_has_value = true;  // placeholders (nil, unch) are values; units ride along
    } else {
      cell_values = false;
      // Every kind of table line allows at most one prose word: stop at the second.
      if (!c.empty() && Lower(c[0]) && ++prose > 1) return Line::kProse;
    }
    i = line.find_first_not_of(' ', j);
    if (i == std::string_view::npos) break;
  }
  close_cell();

  if (cells >= 2) {
    if (value_cells >= 1 && numbers >= 1 && first_cell <= 5 && longest_later_cell <= 4 && prose <= 1) {
      return value_cells >= 2 ? Line::kColumnRow : Line::kRow;
    }
    if (first_cell <= 3 && longest_later_cell <= 3 && prose <= 1) return Line::kHeader;
  }
  if (numbers >= 2 && numbers * 3 >= n && prose <= 1) return Line::kRow;
  if (n <= 8) {  // OFFICIAL VOLUME
    bool lower = false, upper = false;
    for (char c : line) {
      lower = lower || Lower(c);
      upper = upper || (c >= 'A' && c <= 'Z');
    }
    if (!lower && upper) return Line::kHeader;
  }
  if (prose == 0 && table_words >= 1 && numbers + table_words == n) return Line::kHeader;  // cts per lb
  return Line::kProse;
}

std::vector<Span> TableFinder::Find(std::string_view text) const {
  std::vector<Span> tables;
  uint32_t run_begin = 0, run_end = 0;
  int rows = 0;
  bool column_row = false, open = false;
  auto close = [&] {
    if (open && (rows >= 2 || column_row)) tables.push_back({run_begin, run_end});
    open = false;
    rows = 0;
    column_row = false;
  };
  for (size_t pos = 0; pos <= text.size();) {
    size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    Line kind = Classify(text.substr(pos, eol - pos));
    if (kind == Line::kProse) {
      close();
    } else {
      if (!open) run_begin = static_cast<uint32_t>(pos);
      open = true;
      run_end = static_cast<uint32_t>(eol);
      rows += kind == Line::kRow || kind == Line::kColumnRow;
      column_row = column_row || kind == Line::kColumnRow;
    }
    pos = eol + 1;
  }
  close();
  return tables;
}

}  // namespace claimcheck::segment
