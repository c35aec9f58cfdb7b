# claimcheck SARIF -> GitLab Code Quality (Code Climate JSON). Usage:
#   claimcheck check --format sarif --fail-on none stories/ | jq -f gitlab-code-quality.jq > gl-code-quality-report.json
# Dismissed findings (SARIF suppressions) and fixed baseline entries (baselineState absent) are
# left out; the fingerprint is the path and claimcheck's line-independent fingerprint.
[.runs[0].results[]
 | select((.suppressions // []) == [] and .baselineState != "absent")
 | .locations[0].physicalLocation as $loc
 | {
     description: .message.text,
     check_name: .ruleId,
     fingerprint: ($loc.artifactLocation.uri + ":" + .ruleId + ":" + .partialFingerprints.primaryLocationLineHash),
     severity: ({"error": "major", "warning": "minor", "note": "info"}[.level] // "minor"),
     location: {path: $loc.artifactLocation.uri, lines: {begin: $loc.region.startLine}}
   }]
