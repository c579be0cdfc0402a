/**
 * A Hunspell word list (.dic): the first line is a count, then «word/FLAGS morph». A word listed
 * twice (homonyms) keeps the flags of both. Pure: the caller reads the file.
 */
export function parseDictionary(dic: string): Map<string, string> {
  const words = new Map<string, string>();
  let start = dic.indexOf('\n') + 1;
  while (start > 0 && start < dic.length) {
    let end = dic.indexOf('\n', start);
    if (end < 0) end = dic.length;
    let stop = end;
    for (let i = start; i < end; i++) {
      const c = dic.charCodeAt(i);
      if (c === 0x20 || c === 0x09 || c === 0x0d) {
        stop = i;
        break;
      }
    }
    const entry = dic.slice(start, stop);
    if (entry !== '') {
      const slash = entry.indexOf('/');
      const word = slash < 0 ? entry : entry.slice(0, slash);
      const flags = slash < 0 ? '' : entry.slice(slash + 1);
      words.set(word, (words.get(word) ?? '') + flags);
    }
    start = end + 1;
  }
  return words;
}
