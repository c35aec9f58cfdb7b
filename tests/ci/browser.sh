#!/usr/bin/env bash
# The editor's page in a real browser: `claimcheck report` output opened in headless Chromium
# (Debian's chromium, installed by CLAIMCHECK_SETUP_TESTS=1 scripts/setup). A story full of
# hostile text (script tags, event-handler attributes, javascript: links, broken entities, bidi
# overrides, zero-width characters, a 1 MB line), as plain text and as Markdown, beside the seed
# article (so there are conflicts, findings and a timeline):
# - runs nothing: the page has no script, so a <script> element, an event handler or a
#   javascript: URL in the DOM, a changed title or a marker attribute means the input got through;
# - adds no element: the DOM Chromium builds holds exactly the elements the page's own markup has,
#   and none of the hostile tag names;
# - the conflicts, findings and timeline sections are there;
# - the page renders to a PNG screenshot.
# Usage: browser.sh CLAIMCHECK (run from the source root).
source "$(dirname "$0")/lib.sh"
bin=$1
chromium=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$chromium" ]; then
  echo "FAIL: chromium not found: run CLAIMCHECK_SETUP_TESTS=1 scripts/setup" >&2
  exit 1
fi
py=/usr/bin/python3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The hostile story. Every payload would set the title to PWNED or mark <html> if it ran.
"$py" - "$tmp" <<'PY'
import sys
d = sys.argv[1]
run = "document.title='PWNED';document.documentElement.setAttribute('data-pwned','1')"
payloads = [
    "<script>%s</script>" % run,
    "<SCRIPT SRC=data:text/javascript,%s></SCRIPT>" % run.replace(";", "%3B"),
    "<img src=x onerror=\"%s\">" % run,
    "<svg onload=\"%s\"><circle r=1 /></svg>" % run,
    "<iframe srcdoc=\"<script>parent.%s</script>\"></iframe>" % run,
    "<a href=\"javascript:%s\">click</a> [click](javascript:%s)" % (run, run),
    "<body onload=\"%s\"> <div style=\"background:url(javascript:alert(1))\">x</div>" % run,
    "\"><script>%s</script><\"" % run,
    "</textarea></title></style></script><script>%s</script>" % run,
    "<!-- --><script>%s</script><!-- -->" % run,
    "<object data=\"javascript:%s\"></object><embed src=\"javascript:%s\">" % (run, run),
    "&lt;script&gt; &#60;script&#62; &amp &#x; &#99999999; &bogus; &#x3C;img src=x onerror=alert(1)&#x3E; &",
    "bidi \u202egnp.exe\u202c and \u2066isolate\u2069 \u200f right-to-left",
    "zero\u200bwidth\u200cjoin\u200d\u2060word\ufeff",
    "<math><mtext><table><mglyph><style><img src=x onerror=\"%s\">" % run,
]
story = "\n\n".join("The minister said the talks went well. " + p for p in payloads)
story += "\n\n" + "The the " + ("word " * 210000) + "<script>%s</script>" % run + "\n"  # a 1 MB line
with open(d + "/hostile.txt", "w", encoding="utf-8") as f:
    f.write(story)
with open(d + "/hostile.md", "w", encoding="utf-8") as f:
    f.write("---\ndate: 2015-09-14\n---\n# <script>%s</script>\n\n" % run + story)
PY
cp fixtures/eurasianet-tajikistan-general.txt "$tmp/seed.txt"

"$bin" report -o "$tmp/page.html" "$tmp/seed.txt" "$tmp/hostile.txt" "$tmp/hostile.md" 2>"$tmp/report.err" ||
  fail "claimcheck report failed: $(cat "$tmp/report.err")"
[ "$(wc -c <"$tmp/page.html")" -gt 1000000 ] || fail "the page does not hold the 1 MB line"

browse() {  # browse ARGS...: headless Chromium with a fresh profile and no network chatter
  timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync --disable-dev-shm-usage \
    --user-data-dir="$(mktemp -d -p "$tmp")" "$@"
}
# --virtual-time-budget lets timers, onload and onerror handlers run before the DOM is dumped.
browse --virtual-time-budget=3000 --dump-dom "file://$tmp/page.html" >"$tmp/dom.html" 2>"$tmp/chromium.err" ||
  fail "chromium --dump-dom failed: $(tail -5 "$tmp/chromium.err")"
[ -s "$tmp/dom.html" ] || fail "chromium dumped an empty DOM"

"$py" - "$tmp/page.html" "$tmp/dom.html" <<'PY' || fail "the DOM check failed (above)"
import collections, html.parser, sys

class Tags(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags = collections.Counter()
        self.bad = []
        self.title = ""
        self.in_title = False
        self.titles = 0  # the document's <title> is the first; the graph's SVG has its own
        self.ids = set()
    def handle_starttag(self, tag, attrs):
        self.tags[tag] += 1
        self.in_title = tag == "title" and not self.titles
        self.titles += tag == "title"
        for name, value in attrs:
            if name == "id":
                self.ids.add(value)
            if name.startswith("on") or name == "data-pwned" or name == "srcdoc":
                self.bad.append("<%s %s=...>" % (tag, name))
            if value and value.strip().lower().startswith(("javascript:", "data:text/javascript")):
                self.bad.append("<%s %s=%r>" % (tag, name, value[:40]))
    def handle_endtag(self, tag):
        self.in_title = False
    def handle_data(self, data):
        if self.in_title:
            self.title += data

def parse(path):
    p = Tags()
    with open(path, encoding="utf-8") as f:
        p.feed(f.read())
    p.close()
    return p

page, dom = parse(sys.argv[1]), parse(sys.argv[2])
errors = []
if dom.bad:
    errors.append("event handlers or javascript: URLs in the DOM: %s" % dom.bad[:5])
if "PWNED" in dom.title or dom.title != page.title:
    errors.append("the title changed: %r -> %r" % (page.title, dom.title))
for tag in ("script", "img", "svg", "iframe", "object", "embed", "math", "mglyph", "style", "textarea", "form", "input"):
    # The page itself has one <style>, the claim graph's <svg>, and no script, image or frame.
    if dom.tags[tag] != page.tags[tag]:
        errors.append("<%s> elements: %d in the page's markup, %d in the DOM" % (tag, page.tags[tag], dom.tags[tag]))
    if tag not in ("style", "svg") and dom.tags[tag]:
        errors.append("a <%s> element in the DOM" % tag)
# Elements the browser adds on its own (implied <html>, <head>, <body>, <tbody>) aside, the DOM
# has exactly the page's elements.
implied = {"html", "head", "body", "tbody"}
diff = {t: (page.tags[t], dom.tags[t]) for t in set(page.tags) | set(dom.tags)
        if t not in implied and page.tags[t] != dom.tags[t]}
if diff:
    errors.append("elements differ between the page and the DOM (page, DOM): %s" % dict(list(diff.items())[:8]))
for section in ("conflicts", "findings", "timeline", "stories"):
    if section not in dom.ids:
        errors.append("no section #%s in the DOM" % section)
for e in errors:
    print("FAIL: " + e, file=sys.stderr)
print("DOM: %d elements, title %r" % (sum(dom.tags.values()), dom.title))
sys.exit(1 if errors else 0)
PY

browse --screenshot="$tmp/shot.png" --window-size=1280,2000 --hide-scrollbars "file://$tmp/page.html" \
  >"$tmp/shot.out" 2>&1 || fail "chromium --screenshot failed: $(tail -5 "$tmp/shot.out")"
if [ ! -s "$tmp/shot.png" ] || [ "$(head -c 8 "$tmp/shot.png" | od -An -tx1 | tr -d ' \n')" != 89504e470d0a1a0a ]; then
  fail "no PNG screenshot"
elif [ "$(wc -c <"$tmp/shot.png")" -lt 20000 ]; then
  fail "the screenshot is nearly empty ($(wc -c <"$tmp/shot.png") bytes)"
fi
finish
