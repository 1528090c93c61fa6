// Apache Annotator's DOM anchoring for the browser tests (tests/Editorial.EndToEndTests/Assets):
// they inject the built file into a page to find and highlight W3C TextQuote/TextPosition selectors.
import {
  createTextQuoteSelectorMatcher,
  createTextPositionSelectorMatcher,
  describeTextQuote,
  describeTextPosition,
  highlightText,
} from '@apache-annotator/dom';

window.ApacheAnnotator = Object.freeze({
  createTextQuoteSelectorMatcher,
  createTextPositionSelectorMatcher,
  describeTextQuote,
  describeTextPosition,
  highlightText,
});
