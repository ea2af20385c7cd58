/**
 * Items of a list under its introduction (`Die wichtigsten Agenturen:` / `Reuters` / `AFP`): names
 * that would read as a credit or a publisher's line on their own are the list's text there.
 */
import { previousInParagraph, type DumpDocument, type Unit } from './document';

/** A list's introduction is a phrase (`Die wichtigsten Agenturen im Pressezentrum:`), not a label (`Fotos:`). */
const MIN_INTRO_WORDS = 3;
/** A list's item: a name or two (`Keystone-SDA`, `Agence France-Presse`). */
const MAX_ITEM_WORDS = 4;
/** Items looked back over to find the introduction: a longer list is not told from a column of credits. */
const MAX_LIST_ITEMS = 30;
/**
 * An introduction that ends on a preposition names a source, not a list: `Mit Material von:` /
 * `AFP`, `Dieser Artikel erschien zuerst bei:` / `20 Minuten` are credits and bylines. (Not `mit:`,
 * `with:`: `Die SRG kooperiert ab Januar mit:` lists partners.)
 */
const SOURCE_LEAD_IN = /[\s'’](?:von|vom|bei|aus|from|by|via|de|du|des|par|chez|di|da|del|della|su|presso):$/iu;

/**
 * Whether `unit` is an item of a list under its introduction, in the same paragraph: between the
 * two stand only short items, not a caption and its credit.
 */
export function isListItem(unit: Unit, doc: DumpDocument): boolean {
  let prev = previousInParagraph(unit, doc);
  // An introduction may be as short as an item (`Mit dabei sind:`): its colon tells it.
  for (let items = 0; prev && prev.words <= MAX_ITEM_WORDS && !prev.text.endsWith(':') && items < MAX_LIST_ITEMS; items++) {
    prev = previousInParagraph(prev, doc);
  }
  return prev !== undefined && prev.words >= MIN_INTRO_WORDS && prev.text.endsWith(':') && !SOURCE_LEAD_IN.test(prev.text);
}
