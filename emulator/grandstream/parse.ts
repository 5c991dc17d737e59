/**
 * Request bodies. The document's own examples are not valid JSON (trailing commas, `#` comments;
 * ucm.md §7.7 #44); with quirk lenient-json those two departures are tolerated, nothing else.
 */
export function parseBody(text: string, lenient: boolean): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    if (!lenient) throw error;
    return JSON.parse(relax(text));
  }
}

/** Drops `#` comments (to the end of the line) and commas before `}` or `]`, outside strings; escapes raw line breaks inside strings. */
export function relax(text: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      // Raw line breaks and tabs inside strings (the pmsapi examples' multi-line XML, ucm.md §7.7 #44).
      if (c === '\n' || c === '\r' || c === '\t') {
        out += c === '\n' ? '\\n' : c === '\r' ? '\\r' : '\\t';
        continue;
      }
      out += c;
      if (c === '\\') {
        out += text[i + 1] ?? '';
        i++;
      } else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') {
      inString = true;
      out += c;
    } else if (c === '#') {
      while (i < text.length && text[i] !== '\n') i++;
      out += '\n';
    } else if (c === ',') {
      let j = i + 1;
      while (j < text.length && /\s/.test(text[j])) j++;
      if (text[j] === '#') {
        // A comment between the comma and what follows: look past it.
        let k = j;
        while (k < text.length && text[k] !== '\n') k++;
        while (k < text.length && /\s/.test(text[k])) k++;
        if (text[k] === '}' || text[k] === ']') continue;
      }
      if (text[j] === '}' || text[j] === ']') continue;
      out += c;
    } else out += c;
  }
  return out;
}
