import { renderSetupMessage, toSimplified, type SetupMessage } from "../core";
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

/** The district's English name from the pack's English title ("Qingpu District …" → "Qingpu"). */
function englishPlace(pack: Titled): string | null {
  const m = /(?:^|\s)([A-Z][a-z]+) (?:District|County)\b/.exec(pack.titleEn ?? "");
  return m ? m[1] : null;
}

/**
 * Why 自动 chose a pack, in both languages, the pane's way: the place as the workbook writes it, glossed in English
 * ("the title names Yangpu (杨浦)"); the fallback by the pack's title, never its id.
 */
export function choiceReason(reason: SetupMessage, pack: Titled): { zh: string; en: string } {
  if (reason.messageId === "setup.pack.fallback")
    return {
      zh: `标题、编制单位和工作表名均未提及已知区县，默认使用${packTitle(pack, "zh-CN")}`,
      en: `no known district is named in the title, preparing unit or sheet names: ${packTitle(pack, "en-US")} by default`,
    };
  const place = (reason.params as Record<string, { text?: string }>).place?.text;
  const gloss = place ? englishPlace(pack) : null;
  const en: SetupMessage =
    place && gloss ? { ...reason, params: { ...reason.params, place: { text: `${gloss} (${place})` } } } : reason;
  return { zh: renderSetupMessage(reason, "zh-CN"), en: renderSetupMessage(en, "en-US") };
}

/**
 * A pack as the settings line names it: the district and the year ("杨浦 2023", "Yangpu 2023"; a draft "拱墅 征求意见稿",
 * "Gongshu draft"), from its titles.
 */
export function shortPackName(pack: Titled, locale: Locale): string {
  const zh = toSimplified(pack.title);
  const year = /((?:19|20)\d{2})/.exec(zh)?.[1] ?? /((?:19|20)\d{2})/.exec(pack.titleEn ?? "")?.[1];
  const draft = zh.includes("征求意见稿");
  if (locale === "en-US") {
    const place = englishPlace(pack);
    if (!place) return packTitle(pack, locale);
    return [place, draft ? "draft" : year].filter(Boolean).join(" ");
  }
  const place = /^(?:.*?[省市])?(.{2,3}?)[区县]/.exec(zh)?.[1];
  if (!place) return zh;
  return [place, draft ? "征求意见稿" : year].filter(Boolean).join(" ");
}
