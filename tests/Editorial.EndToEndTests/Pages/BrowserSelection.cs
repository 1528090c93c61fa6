using Microsoft.Playwright;

namespace Editorial.EndToEndTests.Pages;

/// <summary>Selecting words as a drag with the mouse does: Playwright has no "select these words".</summary>
public static class BrowserSelection
{
    /// <summary>Selects the first occurrence of <paramref name="words"/> inside <paramref name="within"/> (within one text node).</summary>
    public static Task SelectAsync(ILocator within, string words) => within.EvaluateAsync(
        """
        (scope, words) => {
          const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const at = node.textContent.indexOf(words);
            if (at >= 0) {
              const range = document.createRange();
              range.setStart(node, at);
              range.setEnd(node, at + words.length);
              const selection = document.getSelection();
              selection.removeAllRanges();
              selection.addRange(range);
              return;
            }
          }
          throw new Error('words not found: ' + words);
        }
        """, words);
}
