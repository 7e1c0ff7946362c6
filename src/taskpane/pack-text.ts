import { toSimplified } from "../core";
import type { Locale } from "./i18n";

/** What the pane knows of a pack's names: its title (as the document writes it) and an English title. */
interface Titled {
  title: string;
  titleEn?: string;
}

/**
 * A pack's title in the pane's language: in zh-CN in simplified characters (青陽縣… → 青阳县…, whatever the pack
 * file writes), in en-US its English title.
 */
export function packTitle(pack: Titled, locale: Locale): string {
  return locale === "en-US" ? (pack.titleEn ?? pack.title) : toSimplified(pack.title);
}

/**
 * A finding's citation as the pane shows it: in zh-CN in simplified characters; in en-US the regulation's own
 * title and clause as they are, with the pack's English title as a gloss where the citation is of that pack.
 */
export function citationText(citation: string, pack: Titled | null, locale: Locale): string {
  if (locale === "zh-CN") return toSimplified(citation);
  // The document's name is the citation's first word ("杨浦区…配置标准 三(一)2"), the pack's title that name and more.
  const name = citation.split(/\s/)[0];
  if (pack?.titleEn && name && (pack.title.startsWith(name) || citation.startsWith(pack.title)))
    return `${citation} (${pack.titleEn})`;
  return citation;
}
