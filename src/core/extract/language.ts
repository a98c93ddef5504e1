/**
 * A cheap language guess from stopwords, for pages that do not declare one: the extension tells readers
 * it only reads English, so "en" versus "something else" must be right; the other guesses are a bonus.
 */

const STOPWORDS: Record<string, string> = {
  en: 'the of and to in is that for it was on with as he be by at this are from his have but not they which an has were had their been would she who will there more its said also',
  de: 'der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über',
  fr: 'de la le et les des en un du une est pour que qui dans par pas au sur plus il ne se ce sont avec aux mais nous elle ont cette été leur',
  es: 'de la que el en los del se las por un para con no una su al lo como más pero sus le ya fue este ha sí porque esta entre cuando muy sin sobre',
  it: 'di che il la per un in non del una le è della sono si con dei alla anche ma nel gli da come più lo questo delle ha essere',
  pt: 'de que do da em um para com não uma os no se na por mais as dos como mas ao ele das seu sua ou quando muito nos já está também',
  nl: 'de en van het een in is dat op te zijn met voor niet aan er om ook als dan maar bij nog uit wordt door werd heeft over',
  sv: 'och att det som en på är av för med till den har de inte om ett han men var jag sig från vi så kan',
  pl: 'i w nie na się z do to że jest o jak po co ale tak za od być przez jego dla są',
  tr: 've bir bu da de için ile çok ne olarak daha gibi ama en kadar sonra olan',
};

const SETS: [string, Set<string>][] = Object.entries(STOPWORDS).map(([lang, words]) => [lang, new Set(words.split(' '))]);
const WORD = /\p{L}+/gu;

/**
 * The page's declared language, unless the text plainly is another one: CMS templates often say
 * lang="en" on every page, and the extension must not treat a German story as English.
 */
export function checkDeclaredLanguage(declared: string, paragraphs: string[]): string {
  const primary = declared.split('-')[0]!.toLowerCase();
  if (!(primary in STOPWORDS)) return declared;
  const { lang, shares } = stopwordShares(paragraphs);
  if (lang === 'und' || lang === primary) return declared;
  // The declared language's own stopwords are nearly absent and another's are frequent.
  return (shares.get(primary) ?? 0) < 0.03 && (shares.get(lang) ?? 0) >= 0.12 ? lang : declared;
}

/** BCP 47 guess ("en", "de", …) from body text, or "und" when no language stands out. */
export function guessLanguage(paragraphs: string[]): string {
  return stopwordShares(paragraphs).lang;
}

function stopwordShares(paragraphs: string[]): { lang: string; shares: Map<string, number> } {
  const shares = new Map<string, number>();
  const counts = new Map<string, number>();
  let total = 0;
  let letters = 0;
  let latin = 0;
  outer: for (const p of paragraphs) {
    WORD.lastIndex = 0;
    for (let m = WORD.exec(p); m; m = WORD.exec(p)) {
      const w = m[0].toLowerCase();
      total++;
      letters += w.length;
      if (/^[a-zà-ÿœßąćęłńóśźżçğışö]+$/.test(w)) latin += w.length;
      for (const [lang, set] of SETS) if (set.has(w)) counts.set(lang, (counts.get(lang) ?? 0) + 1);
      if (total >= 3000) break outer;
    }
  }
  if (total === 0) return { lang: 'und', shares };
  // Non-Latin scripts: the stopword lists do not apply; say so rather than guess English.
  if (latin < letters * 0.5) return { lang: scriptGuess(paragraphs.join(' ').slice(0, 2000)), shares };
  let best = 'und';
  let bestShare = 0;
  for (const [lang, n] of counts) {
    const share = n / total;
    shares.set(lang, share);
    if (share > bestShare) {
      best = lang;
      bestShare = share;
    }
  }
  return { lang: bestShare >= 0.08 ? best : 'und', shares };
}

function scriptGuess(s: string): string {
  const has = (re: RegExp) => (s.match(re)?.length ?? 0) > s.length * 0.2;
  if (has(/[\u3040-\u30ff]/g)) return 'ja';
  if (has(/[\uac00-\ud7af]/g)) return 'ko';
  if (has(/[\u4e00-\u9fff]/g)) return 'zh';
  if (has(/[\u0600-\u06ff]/g)) return 'ar';
  if (has(/[\u0590-\u05ff]/g)) return 'he';
  if (has(/[\u0400-\u04ff]/g)) return 'ru';
  if (has(/[\u0370-\u03ff]/g)) return 'el';
  return 'und';
}
