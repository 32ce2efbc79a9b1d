import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { htmlToText } from '../feeds/index.js';

export interface PageContent {
  title: string;
  text: string;
}

export class PageError extends Error {}

const MAX_TEXT = 50_000;
/** Readability returns whatever is left on a page with no article; a few characters are no content. */
const MIN_ARTICLE = 20;

/**
 * The main content of a watched page as text: the element a CSS selector names, else what
 * Readability takes for the article. Scripts, styles and navigation never reach the text; the
 * result is text for the pipeline, never HTML for a browser.
 */
export function extractMainContent(html: string, url: string, selector?: string | null): PageContent {
  const { document } = parseHTML(html);
  for (const el of document.querySelectorAll('script, style, noscript, template, iframe')) el.remove();
  const title = (document.querySelector('title')?.textContent ?? '').trim();
  if (selector) {
    let found;
    try {
      found = document.querySelector(selector);
    } catch {
      throw new PageError(`CSS 选择器「${selector}」无效 / the CSS selector is invalid`);
    }
    if (!found) throw new PageError(`页面中找不到「${selector}」 / nothing on the page matches the selector`);
    return { title, text: htmlToText(found.innerHTML, { maxLength: MAX_TEXT }) };
  }
  const article = new Readability(document as unknown as Document, { charThreshold: 50 }).parse();
  const text = article?.content ? htmlToText(article.content, { maxLength: MAX_TEXT }) : '';
  if (text.length < MIN_ARTICLE) throw new PageError(`页面中没有可识别的正文，请设置 CSS 选择器 / no main content found on ${url}; set a CSS selector`);
  return { title: article?.title?.trim() || title, text };
}
