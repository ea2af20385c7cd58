/** Shared types of the cleaning engine. No editor types here: the engine runs in plain Node. */

export type RuleCode =
  | 'duplicate-line'
  | 'leftover-html'
  | 'teaser'
  | 'caption'
  | 'credit'
  | 'byline'
  | 'stray-punctuation'
  | 'boilerplate'
  | 'corpus-boilerplate'
  | 'whitespace';

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeveritySetting = Severity | 'off';

/** Zero-based line and UTF-16 column, like the editor's positions. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** A text edit on the source dump. `newText` uses "\n"; the editor adapter swaps in the document's line end. */
export interface TextEdit {
  range: Range;
  newText: string;
}

export interface Fix {
  /** Short imperative title for a quick fix, e.g. "Remove duplicate line". */
  title: string;
  edits: TextEdit[];
}

export interface Finding {
  code: RuleCode;
  severity: Severity;
  /** Why, in English. */
  message: string;
  /** The same as a template and its values, for translation (see message.ts). */
  template: { text: string; args: (string | number)[] };
  range: Range;
  /** True when applying the fix drops text from the article (the line or paragraph goes away). */
  drops: boolean;
  fix?: Fix;
  /** Where the finding's reason lives, e.g. the first occurrence of a duplicate. */
  related?: { range: Range; message: string }[];
  /** Zero-based line of the first occurrence, for duplicates. */
  duplicateOf?: number;
  /** The normalised line, for corpus-boilerplate (to find the other files that hold it). */
  fingerprint?: string;
}

/** The phrase lists the heuristics match against; each list is lowercase-insensitive text. */
export interface PhraseLists {
  /** Agency, photo and platform names that form a credit line on their own. */
  credits: string[];
  /** Words that start a credit line: "Foto:", "Photo:", "Bild:". */
  creditPrefixes: string[];
  /** Read-more markers that make a line a teaser. */
  readMore: string[];
  /** Headings that introduce a list of teasers: "Mehr zum Thema:". */
  teaserHeadings: string[];
  /** Page furniture matched as a whole line or as its start. */
  boilerplate: string[];
  /**
   * A page's footer, comments and navigation, matched as the whole line only and dropped where
   * nothing but page junk follows: "Impressum", "Back to top", "Comments are closed.".
   */
  boilerplateLines: string[];
  /** Lines that end a poll's options: "Resultate anzeigen". */
  pollEnd: string[];
  /** How a reader's answer to a poll starts: "Ja", "Nein", "Ich", "Oui". */
  pollAnswers: string[];
  /** Headings of promotion blocks: the heading takes its paragraph along. */
  promoHeadings: string[];
  /** Words that start a byline or dateline: "Von", "By", "Publiziert:". */
  bylinePrefixes: string[];
  /** Publisher names that are a byline when they stand alone on a line. */
  publishers: string[];
}

export interface CleanOptions {
  /** Severity per rule, or "off" to disable a rule entirely. */
  rules?: Partial<Record<RuleCode, SeveritySetting>>;
  /** Keep image captions in the cleaned article (their duplicates still go). */
  keepCaptions?: boolean;
  /** Keep the kicker as line 1 (default true). */
  keepKicker?: boolean;
  /** Extra phrases, merged into the shipped lists. */
  phrases?: Partial<PhraseLists>;
  /** Fingerprints of lines the curator marked as kept ("Ignore this line"). */
  ignore?: string[];
  /** Fingerprints recurring across the corpus, for `corpus-boilerplate`. */
  corpusBoilerplate?: ReadonlySet<string> | ((fingerprint: string) => number);
  /** Minimum number of files a line must recur in to be corpus boilerplate. */
  corpusMinFiles?: number;
}

export type BlockType = 'paragraph' | 'subheading';

export interface RecordLine {
  text: string;
  /** Zero-based source line. */
  line: number;
}

/** The cleaned article as structure: what the preview renders and `--format json` prints. */
export interface ArticleRecord {
  kicker?: RecordLine;
  headline?: RecordLine;
  lead?: RecordLine[];
  body: (RecordLine & { type: BlockType })[];
  captions: RecordLine[];
  credits: RecordLine[];
  bylines: RecordLine[];
}

export interface Removal {
  /** Zero-based source line. */
  line: number;
  /** The text that was removed (converted text for markup). */
  text: string;
  codes: RuleCode[];
  /** Why, in the first finding's words. */
  reason: string;
}

export interface CleanResult {
  text: string;
  findings: Finding[];
  record: ArticleRecord;
  removed: Removal[];
}
