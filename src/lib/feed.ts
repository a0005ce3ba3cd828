// RSS 2.0 feeds: pure XML building from a list of dated items with absolute URLs.

export interface FeedItem {
  title: string;
  /** Absolute URL: feed readers and media need it whole. */
  url: string;
  /** YYYY-MM-DD. */
  date: string;
  description: string;
  category?: string;
}

export function escapeXml(value: string): string {
  return value.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);
}

/** RFC 822 date at 00:00 China Standard Time, as RSS 2.0 requires. */
export function rfc822(ymd: string): string {
  const date = new Date(`${ymd}T00:00:00+08:00`);
  return date.toUTCString().replace('GMT', '+0000');
}

export function renderRss(channel: { title: string; link: string; description: string; selfUrl: string }, items: FeedItem[]): string {
  const newest = items.map((i) => i.date).sort().at(-1);
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>${escapeXml(channel.title)}</title>
<link>${escapeXml(channel.link)}</link>
<description>${escapeXml(channel.description)}</description>
<language>zh-CN</language>
<atom:link href="${escapeXml(channel.selfUrl)}" rel="self" type="application/rss+xml"/>
${newest ? `<lastBuildDate>${rfc822(newest)}</lastBuildDate>\n` : ''}${items
    .map(
      (item) => `<item>
<title>${escapeXml(item.title)}</title>
<link>${escapeXml(item.url)}</link>
<guid isPermaLink="true">${escapeXml(item.url)}</guid>
<pubDate>${rfc822(item.date)}</pubDate>
${item.category ? `<category>${escapeXml(item.category)}</category>\n` : ''}<description>${escapeXml(item.description)}</description>
</item>`,
    )
    .join('\n')}
</channel>
</rss>
`;
}

/** Newest first, then by title for a stable order; at most `limit` items. */
export function newestItems(items: FeedItem[], limit = 50): FeedItem[] {
  return [...items].sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title, 'zh-CN')).slice(0, limit);
}
