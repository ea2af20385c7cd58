/**
 * The corpus index (src/core/corpus-index.ts): keys, counting once per file, the open-addressing
 * table (growth, removal), the version-1 file format (deterministic bytes, damage refused whole),
 * merging, the engine's `corpus-boilerplate` fed from an index, and memory for a million lines.
 */
import assert from 'node:assert/strict';
import { clean, CorpusIndex, dumpKeys, fingerprint, fingerprintKey, IndexFormatError, INDEX_MIN_WORDS, mergeIndexes, readIndexHeader } from '../../src/core';

const key = (fp: string): [number, number] => {
  const out = new Uint32Array(2);
  fingerprintKey(fp, out);
  return [out[0], out[1]];
};

/** Random-looking but reproducible keys. */
function* keys(n: number, seed = 1): Generator<[number, number]> {
  let x = seed >>> 0 || 1;
  const next = (): number => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return x >>> 0;
  };
  for (let i = 0; i < n; i++) yield [next(), next()];
}

const PROMO = 'Folgen Sie uns auf allen Kanälen für mehr News aus der Region.';
const article = (i: number): string =>
  `Region\n\nDer Gemeinderat hat heute über Vorlage ${i} entschieden\n\nDie Sitzung ${i} dauerte lange und endete mit einem klaren Ergebnis.\n\n${PROMO}\n`;

describe('corpus index (src/core/corpus-index.ts)', () => {
  describe('keys', () => {
    it('are 64 bits, fixed for a given fingerprint (the file format depends on it)', () => {
      // Pinned: changing the key function needs a new key-function number in the header.
      assert.deepEqual(key(''), [3651860435, 3954623016]);
      assert.deepEqual(key('hello world'), [1598473884, 2902076321]);
      assert.deepEqual(key(fingerprint(PROMO)), key(fingerprint(PROMO)));
      assert.notDeepEqual(key('ab'), key('ba'));
      assert.notDeepEqual(key('a'), key('a\u0000'));
    });

    it('do not collide on a million distinct lines', function () {
      this.timeout(60_000);
      const index = new CorpusIndex();
      const k = new Uint32Array(2);
      for (let i = 0; i < 1_000_000; i++) {
        fingerprintKey(`zeile ${i} des korpus mit etwas text`, k);
        index.addKey(k[0], k[1]);
      }
      assert.equal(index.size, 1_000_000);
    });

    it('dumpKeys: the units of 3+ words the rule looks at, each distinct one once, tag-soup paragraphs apart', () => {
      const dump = 'Kurz\n\nEine Zeile mit Worten\n\neine  zeile MIT Worten\n\n<p>Absatz eins hier drin</p><p>Absatz zwei hier drin</p>\n\nzwei Worte\n';
      const got = dumpKeys(dump);
      const want = ['Eine Zeile mit Worten', 'Absatz eins hier drin', 'Absatz zwei hier drin'].map((t) => key(fingerprint(t)));
      assert.equal(got.length, want.length * 2);
      assert.deepEqual([...got], want.flat());
      assert.equal(INDEX_MIN_WORDS, 3);
      assert.deepEqual([...dumpKeys('\ufeff' + dump)], [...got], 'a BOM is not part of the first line');
    });
  });

  describe('table', () => {
    it('counts, grows, saturates, and takes counts back out (backward-shift removal)', () => {
      const index = new CorpusIndex();
      const all = [...keys(50_000)];
      all.forEach(([hi, lo], i) => index.addKey(hi, lo, (i % 7) + 1));
      assert.equal(index.size, all.length);
      all.forEach(([hi, lo], i) => assert.equal(index.countOfKey(hi, lo), (i % 7) + 1));
      for (let i = 0; i < all.length; i += 3) index.subtractKey(all[i][0], all[i][1], 100);
      all.forEach(([hi, lo], i) => assert.equal(index.countOfKey(hi, lo), i % 3 === 0 ? 0 : (i % 7) + 1, `key ${i}`));
      assert.equal(index.size, all.length - Math.ceil(all.length / 3));
      index.addKey(1, 2, 0xfffffff0);
      index.addKey(1, 2, 0x100);
      assert.equal(index.countOfKey(1, 2), 0xffffffff, 'saturates at 2^32 - 1');
    });

    it('counts a line once per file, however often the file repeats it; removeFile undoes addFile', () => {
      const index = new CorpusIndex();
      for (let i = 0; i < 4; i++) index.addDump(article(i) + PROMO + '\n');
      assert.equal(index.files, 4);
      assert.equal(index.countOf(fingerprint(PROMO)), 4);
      assert.equal(index.countOf(fingerprint('Der Gemeinderat hat heute über Vorlage 2 entschieden')), 1);
      assert.equal(index.countOf(fingerprint('Region')), 0, 'one word: not counted');
      index.removeFile(dumpKeys(article(3)));
      assert.equal(index.countOf(fingerprint(PROMO)), 3);
      assert.equal(index.countOf(fingerprint('Der Gemeinderat hat heute über Vorlage 3 entschieden')), 0);
      assert.equal(index.files, 3);
    });
  });

  describe('file format', () => {
    it('24-byte header ("DCIX", version 1, key function 1, files, n), keys ascending, then counts; the same bytes whatever the order of adding', () => {
      const a = new CorpusIndex();
      const b = new CorpusIndex();
      const all = [...keys(10_000, 7)];
      all.forEach(([hi, lo], i) => a.addKey(hi, lo, i + 1));
      [...all].reverse().forEach(([hi, lo]) => b.addKey(hi, lo, all.findIndex((k) => k[0] === hi && k[1] === lo) + 1));
      a.files = b.files = 12;
      const bytes = a.serialize();
      assert.deepEqual(bytes, b.serialize());
      assert.equal(bytes.length, 24 + 12 * all.length);
      assert.equal(Buffer.from(bytes.subarray(0, 4)).toString('latin1'), 'DCIX');
      const view = new DataView(bytes.buffer, bytes.byteOffset);
      assert.equal(view.getUint16(4, true), 1);
      assert.equal(view.getUint16(6, true), 1);
      assert.equal(view.getUint32(8, true), 12);
      assert.equal(view.getUint32(16, true), all.length);
      let prev = -1n;
      for (let i = 0; i < all.length; i++) {
        const k = view.getBigUint64(24 + 8 * i, true);
        assert.ok(k > prev, 'ascending');
        prev = k;
        const hi = Number(k >> 32n);
        const lo = Number(k & 0xffffffffn);
        assert.equal(view.getUint32(24 + 8 * all.length + 4 * i, true), a.countOfKey(hi, lo));
      }
      assert.deepEqual(readIndexHeader(bytes).n, all.length);
      const back = CorpusIndex.deserialize(bytes);
      assert.equal(back.files, 12);
      assert.deepEqual(back.serialize(), bytes);
      assert.deepEqual(new CorpusIndex().serialize().length, 24, 'an empty index is a header');
    });

    it('deserialize(bytes, minCount) keeps only keys counted that often', () => {
      const index = new CorpusIndex();
      [...keys(1000, 3)].forEach(([hi, lo], i) => index.addKey(hi, lo, (i % 5) + 1));
      const cut = CorpusIndex.deserialize(index.serialize(), 4);
      assert.equal(cut.size, 400);
      for (const [hi, lo] of keys(1000, 3)) {
        const c = index.countOfKey(hi, lo);
        assert.equal(cut.countOfKey(hi, lo), c >= 4 ? c : 0);
      }
    });

    it('refuses what is not a whole version-1 index, before adding anything', () => {
      const index = new CorpusIndex();
      for (const [hi, lo] of keys(10, 5)) index.addKey(hi, lo);
      const good = index.serialize();
      const damaged = (f: (b: Uint8Array) => void): Uint8Array => {
        const b = good.slice();
        f(b);
        return b;
      };
      const cases: [string, Uint8Array, RegExp][] = [
        ['no header', new Uint8Array(3), /not a Dump Curator index/],
        ['another file', new TextEncoder().encode('{"text": "a JSON file, not an index"}'), /not a Dump Curator index/],
        ['another version', damaged((b) => (b[4] = 2)), /version 2/],
        ['another key function', damaged((b) => (b[6] = 9)), /key function 9/],
        ['truncated', good.subarray(0, good.length - 5), /truncated/],
        ['keys out of order', damaged((b) => b.copyWithin(24, 32, 40)), /out of order/],
        ['a zero count', damaged((b) => b.fill(0, 24 + 80, 24 + 84)), /zero count/],
      ];
      for (const [what, bytes, reason] of cases) {
        const target = new CorpusIndex();
        target.addKey(1, 1);
        assert.throws(() => target.mergeSerialized(bytes), (e: Error) => e instanceof IndexFormatError && reason.test(e.message), what);
        assert.equal(target.size, 1, `${what}: nothing added`);
        assert.equal(target.files, 0);
      }
    });

    it('merging sums counts and files; the bytes do not depend on the order of the parts', () => {
      const parts = [0, 1, 2].map((p) => {
        const index = new CorpusIndex();
        for (let i = p * 3; i < p * 3 + 5; i++) index.addDump(article(i));
        return index.serialize();
      });
      const whole = new CorpusIndex();
      for (let p = 0; p < 3; p++) for (let i = p * 3; i < p * 3 + 5; i++) whole.addDump(article(i));
      const merged = mergeIndexes(parts);
      assert.deepEqual(merged, whole.serialize());
      assert.deepEqual(mergeIndexes([parts[2], parts[0], parts[1]]), merged);
      assert.deepEqual(mergeIndexes([mergeIndexes([parts[0], parts[1]]), parts[2]]), merged);
      const back = CorpusIndex.deserialize(merged);
      assert.equal(back.files, 15);
      assert.equal(back.countOf(fingerprint(PROMO)), 15);
      assert.equal(back.countOf(fingerprint('Der Gemeinderat hat heute über Vorlage 4 entschieden')), 2, 'article 4 is in two parts');
    });
  });

  it('feeds corpus-boilerplate: the recurring line goes at corpusMinFiles, stays below', () => {
    const index = new CorpusIndex();
    for (let i = 0; i < 4; i++) index.addDump(article(i));
    const options = (min: number) => ({ corpusBoilerplate: index.lookup(), corpusMinFiles: min });
    const dropped = clean(article(0), options(4));
    assert.ok(!dropped.text.includes(PROMO), dropped.text);
    assert.ok(dropped.findings.some((f) => f.code === 'corpus-boilerplate' && /Recurs in 4 files/.test(f.message)));
    assert.ok(dropped.text.includes('Die Sitzung 0 dauerte lange'), 'the article itself stays');
    assert.ok(clean(article(0), options(5)).text.includes(PROMO));
  });

  it('memory: fixed-size keys, bytes per line for a million distinct lines (measured; generous bound)', function () {
    this.timeout(60_000);
    const gc = (globalThis as { gc?: () => void }).gc;
    gc?.();
    const before = process.memoryUsage();
    const index = new CorpusIndex();
    for (const [hi, lo] of keys(1_000_000, 11)) index.addKey(hi, lo);
    gc?.();
    const after = process.memoryUsage();
    const table = index.byteLength / 1e6;
    const measured = (after.arrayBuffers - before.arrayBuffers + Math.max(0, after.heapUsed - before.heapUsed)) / 1e6;
    const file = index.serialize().length / 1e6;
    console.log(`        1,000,000 distinct lines: table ${table.toFixed(1)} B/line, process growth ${measured.toFixed(1)} B/line, file ${file.toFixed(1)} B/line`);
    assert.equal(index.size, 1_000_000);
    assert.ok(table <= 40, `table ${table} B/line`);
    assert.ok(file === 12 + 24 / 1e6, `file ${file} B/line`);
    // Not exact (other allocations land in between); a table bug would show as hundreds of bytes.
    assert.ok(measured < 100, `process growth ${measured} B/line`);
  });
});
