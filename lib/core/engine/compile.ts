import type { Channel, MatcherKind, Pack, Phase, Rule, Severity } from '../model/pack';
import { foldString } from './fold';
import { parsePhrase } from './phrase';
import { compileAdvice, compileReplacements, type Replacement } from './suggest';
import { Role, W_COMPLEMENTIZER, W_ENGLISH, W_LATVIAN, W_REPORTING } from './roles';
import { flatten, insert, newNode, type FlatTrie, type TrieNode } from './trie';
import { Vocabulary } from './vocabulary';
import { isMatcherKind, kindModule } from './kinds';
import type { KindModule } from './kinds/kind';

export const SCOPE_ANY = 0;
export const SCOPE_FIRST = 1;
export const SCOPE_LAST = 2;

export interface CompiledRule<P = unknown> {
  index: number;
  id: string;
  rule: Rule;
  kind: MatcherKind;
  /** The kind's module: how this rule finds things (see ./kinds). */
  module: KindModule;
  severity: Severity;
  scope: number;
  language: string;
  notInsideQuotes: boolean;
  /** guards.questionOrStart */
  questionOrStart: boolean;
  phases: readonly Phase[] | undefined;
  channels: readonly Channel[] | undefined;
  repeatCall: boolean | undefined;
  /** Bit per Role that has at least one phrase. */
  roles: number;
  /** What the kind's compile step returned for this rule. */
  params: P;
  replacements: Replacement[];
  /** Advice resolved per locale: [lv, en]. */
  advice: [string[], string[]] | null;
}

export interface CompiledSet {
  rules: CompiledRule[];
  vocab: Vocabulary;
  root: TrieNode;
  /** The trie as typed arrays, for the walk over each sentence. */
  trie: FlatTrie;
  patternRule: number[];
  patternRole: number[];
  /** Greeting index (time-greeting), expected-form index (case) or 1 for a «?» standalone. */
  patternAux: number[];
  patternLength: number[];
  /** W_* marks by word id. */
  wordMarks: Uint8Array;
  /** Rules whose detector runs on every sentence (they are not found through the trie). */
  detectorRules: number[];
  /** The sentence features (NEEDS_* bits) any of those detectors looks at. */
  detectorNeeds: number;
}

// Frequent function words: enough to tell a Latvian reply from an English or Russian one.
const LATVIAN_WORDS =
  'un ir ka kā lai ar par uz no jūs jums jūsu mēs mums es vai nav tas tā bet arī paldies labdien lūdzu varu var ja jā šo to kas pie pēc'.split(
    ' ',
  );
const ENGLISH_WORDS =
  'the and you your is are to of for we our please thank thanks it this that with have be can will not i in on my me hello regards dear would could'.split(
    ' ',
  );
const REPORTING_WORDS =
  'teica saka sacīja rakstīja raksta stāstīja jautāja vaicāja apgalvo apgalvoja norādīja minēja sūdzas sūdzējās pauda paziņoja uzskata teicis teikusi atbildēja pieprasīja'.split(
    ' ',
  );
const COMPLEMENTIZERS = [
  'ka',
  'vai',
  'kā',
  'kāpēc',
  'kad',
  'kas',
  'ko',
  'kur',
  'kāds',
  'kāda',
  'cik',
];

interface Builder {
  set: CompiledSet;
  marks: Map<number, number>;
}

function addPhrases(
  b: Builder,
  phrases: readonly string[] | undefined,
  rule: number,
  role: Role,
  aux = 0,
): void {
  if (!phrases) return;
  for (const phrase of phrases) {
    const parsed = parsePhrase(phrase);
    if (parsed.words.length === 0) continue;
    const ids = parsed.words.map((w) => b.set.vocab.intern(w));
    const pattern = b.set.patternRule.length;
    b.set.patternRule.push(rule);
    b.set.patternRole.push(role);
    b.set.patternAux.push(role === Role.Standalone && parsed.question ? 1 : aux);
    b.set.patternLength.push(ids.length);
    insert(b.set.root, ids, pattern);
    const compiled = b.set.rules[rule];
    if (compiled) compiled.roles |= 1 << role;
  }
}

function markWords(b: Builder, words: readonly string[], mark: number): void {
  for (const w of words) {
    const id = b.set.vocab.intern(foldString(w));
    b.marks.set(id, (b.marks.get(id) ?? 0) | mark);
  }
}

/** The rules in force: later packs override earlier ones by id, switched-off rules dropped. */
export function effectiveRules(
  packs: readonly Pack[],
  disabled: readonly string[],
): { rule: Rule; language: string }[] {
  const byId = new Map<string, { rule: Rule; language: string }>();
  for (const pack of packs) {
    for (const rule of pack.rules)
      byId.set(rule.id, { rule, language: rule.language ?? pack.language });
  }
  const off = new Set(disabled);
  return [...byId.values()].filter(({ rule }) => rule.enabled !== false && !off.has(rule.id));
}

function compileRule(b: Builder, rule: Rule, language: string): void {
  // A pack validated by a newer engine may name a kind this one lacks: that rule is left out.
  if (!isMatcherKind(rule.match.kind)) return;
  const index = b.set.rules.length;
  const module = kindModule(rule.match.kind);
  const c: CompiledRule = {
    index,
    id: rule.id,
    rule,
    kind: rule.match.kind,
    module,
    severity: rule.severity,
    scope:
      rule.scope === 'first-sentence'
        ? SCOPE_FIRST
        : rule.scope === 'last-sentence'
          ? SCOPE_LAST
          : SCOPE_ANY,
    language,
    notInsideQuotes: rule.guards?.notInsideQuotes !== false,
    questionOrStart: rule.guards?.questionOrStart === true,
    phases: rule.phases,
    channels: rule.channels,
    repeatCall: rule.repeatCall,
    roles: 0,
    params: null,
    replacements: compileReplacements(rule),
    advice: compileAdvice(rule),
  };
  b.set.rules.push(c);
  c.params = module.compile(rule.match, {
    addPhrases: (phrases, role, aux) => addPhrases(b, phrases, index, role, aux),
  });
  if (module.finds === 'detector') {
    b.set.detectorRules.push(index);
    b.set.detectorNeeds |= module.needs;
  }
  const g = rule.guards;
  if (g) {
    addPhrases(b, g.exclude, index, Role.Exclude);
    addPhrases(b, g.notFollowedBy, index, Role.NotFollowedBy);
    addPhrases(b, g.notPrecededBy, index, Role.NotPrecededBy);
    addPhrases(b, g.sentenceWith, index, Role.SentenceWith);
    addPhrases(b, g.sentenceWithout, index, Role.SentenceWithout);
  }
}

/** Compiles packs once into the trie and rule table that every check uses. */
export function compile(packs: readonly Pack[], disabled: readonly string[] = []): CompiledSet {
  const set: CompiledSet = {
    rules: [],
    vocab: new Vocabulary(),
    root: newNode(),
    trie: flatten(newNode(), 0),
    patternRule: [],
    patternRole: [],
    patternAux: [],
    patternLength: [],
    wordMarks: new Uint8Array(0),
    detectorRules: [],
    detectorNeeds: 0,
  };
  const b: Builder = { set, marks: new Map() };
  markWords(b, LATVIAN_WORDS, W_LATVIAN);
  markWords(b, ENGLISH_WORDS, W_ENGLISH);
  markWords(b, REPORTING_WORDS, W_REPORTING);
  markWords(b, COMPLEMENTIZERS, W_COMPLEMENTIZER);
  for (const { rule, language } of effectiveRules(packs, disabled)) compileRule(b, rule, language);
  const marks = new Uint8Array(set.vocab.words.length);
  for (const [id, mark] of b.marks) marks[id] = mark;
  set.wordMarks = marks;
  set.vocab.marks = marks;
  set.trie = flatten(set.root, set.vocab.words.length);
  return set;
}
