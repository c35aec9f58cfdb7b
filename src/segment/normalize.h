#ifndef CLAIMCHECK_SEGMENT_NORMALIZE_H_
#define CLAIMCHECK_SEGMENT_NORMALIZE_H_

#include "ingest/document.h"
#include "segment/text.h"

namespace claimcheck::segment {

// Builds Text::text and Text::map from a valid document (paragraphs and sentences are left
// empty; see Segmenter). Linear in the document size.
Text Normalize(const ingest::Document& doc);

}  // namespace claimcheck::segment

#endif  // CLAIMCHECK_SEGMENT_NORMALIZE_H_
