/** corpus-boilerplate: a line that recurs in many files of the same corpus (the same promo at the end of 40 articles). */
import { msg } from '../message';
import type { Rule } from '../rule';

/** A line this short recurring across files is as likely an answer or a name as furniture. */
const MIN_WORDS = 3;

export const corpusBoilerplate: Rule = {
  code: 'corpus-boilerplate',
  defaultSeverity: 'warning',
  description: 'A line that recurs in many files of the corpus.',
  drops: true,
  check(ctx) {
    const { corpusCount } = ctx;
    if (!corpusCount) return;
    for (const unit of ctx.doc.units) {
      if (unit.words < MIN_WORDS || unit.index === ctx.kicker || ctx.droppedBy(unit)) continue;
      const files = corpusCount(unit.fp);
      if (files >= ctx.corpusMinFiles) {
        ctx.drop(unit, 'corpus-boilerplate', {
          message: msg("Recurs in {0} files of the corpus: page furniture, not this article's text.", files),
          fixTitle: 'Remove recurring line',
          fingerprint: unit.fp,
        });
      }
    }
  },
};
