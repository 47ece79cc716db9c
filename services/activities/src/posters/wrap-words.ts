/**
 * `text` broken between words into lines of at most `maxChars` code points, greedily; a word
 * longer than a line is cut. SVG has no line wrapping of its own, and the PDF uses the same
 * lines so that both posters look alike.
 */
export function wrapWords(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).flatMap((w) => cut(w, maxChars))) {
    const joined = line ? `${line} ${word}` : word;
    if (Array.from(joined).length <= maxChars) line = joined;
    else {
      lines.push(line);
      line = word;
    }
  }
  return line ? [...lines, line] : lines;
}

function cut(word: string, maxChars: number): string[] {
  const chars = Array.from(word);
  const pieces: string[] = [];
  for (let i = 0; i < chars.length; i += maxChars)
    pieces.push(chars.slice(i, i + maxChars).join(''));
  return pieces;
}
