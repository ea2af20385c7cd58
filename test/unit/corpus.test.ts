/** The 55 real dumps (test/fixtures/real, see SOURCES.md there): robustness, not golden output. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { clean, cleanArticle, cleanText } from '../../src/core';
import { dumpsIn, REAL } from './fixtures';

/** Any tag (`<p>`, `</a>`, `<zt>`) or entity (`&amp;`, `&#8220;`) as written in a raw dump. */
const TAG = /<\/?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?>/;
const ENTITY = /&(?:#\d+|#x[0-9a-f]+|[a-z]+\d*);/i;

describe('real dumps', () => {
  const files = dumpsIn(REAL);

  it('are all here', () => assert.equal(files.length, 55));

  for (const file of files) {
    it(basename(file), () => {
      const source = readFileSync(file, 'utf8');
      const result = clean(source);
      assert.ok(result.text.trim().length > 0, 'cleaned text is empty');
      assert.doesNotMatch(result.text, TAG, 'a tag survived');
      assert.doesNotMatch(result.text, ENTITY, 'an entity survived');
      const flagged = result.findings.some((f) => f.code === 'leftover-html');
      assert.equal(flagged, TAG.test(source) || ENTITY.test(source), 'leftover markup flagged exactly when present');
      assert.equal(clean(result.text).text, result.text, 'cleaning twice changes nothing');
      assert.deepEqual(cleanArticle(source), { text: result.text, record: result.record, removed: result.removed }, 'the CLI’s clean gives the same');
      assert.equal(cleanText(source), result.text, 'and so does its text alone');
    });
  }
});
