// schema.org JSON-LD for pages (Article for a case, GovernmentOrganization for a unit, Dataset for open data),
// serialised so that content can never close the <script type="application/ld+json"> data block it sits in.
export type JsonLd = Record<string, unknown>;

/**
 * The JSON text for a <script type="application/ld+json">: `<`, `>` and `&` as \u escapes (so `</script>` or `<!--`
 * in a title cannot end or change the block), and U+2028/U+2029, which some parsers take for line ends.
 */
export function jsonLdText(data: JsonLd): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** RFC 3339 / ISO 8601 at midnight China Standard Time, what schema.org Date-Time values expect. */
const isoDateTime = (ymd: string) => `${ymd}T00:00:00+08:00`;

export interface Publisher {
  /** The site's organiser (主办单位). */
  name: string;
  /** The site's home page. */
  url: string;
}

export function caseArticleLd(input: {
  url: string;
  title: string;
  summary: string | undefined;
  published: string;
  modified: string | undefined;
  unitName: string;
  unitUrl: string;
  keywords: readonly string[];
  section: string;
  publisher: Publisher;
}): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    '@id': input.url,
    url: input.url,
    mainEntityOfPage: input.url,
    headline: input.title,
    ...(input.summary ? { description: input.summary } : {}),
    datePublished: isoDateTime(input.published),
    dateModified: isoDateTime(input.modified ?? input.published),
    inLanguage: 'zh-CN',
    articleSection: input.section,
    ...(input.keywords.length ? { keywords: input.keywords.join(',') } : {}),
    author: { '@type': 'GovernmentOrganization', name: input.unitName, url: input.unitUrl },
    publisher: { '@type': 'GovernmentOrganization', name: input.publisher.name, url: input.publisher.url },
  };
}

export function governmentOrganizationLd(input: {
  url: string;
  name: string;
  alternateNames: readonly string[];
  phone: string | undefined;
  region: string;
}): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentOrganization',
    '@id': input.url,
    url: input.url,
    name: input.name,
    ...(input.alternateNames.length ? { alternateName: [...input.alternateNames] } : {}),
    ...(input.phone ? { telephone: input.phone } : {}),
    areaServed: input.region,
  };
}

/** For the open-data page (/open-data/): one Dataset with a DataDownload per file. */
export function datasetLd(input: {
  url: string;
  name: string;
  description: string;
  /** YYYY-MM-DD: the as-of date of the files. */
  dateModified: string;
  license?: string | undefined;
  publisher: Publisher;
  keywords?: readonly string[] | undefined;
  files: ReadonlyArray<{ url: string; name: string; encodingFormat: 'application/json' | 'text/csv' }>;
}): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    '@id': input.url,
    url: input.url,
    name: input.name,
    description: input.description,
    inLanguage: 'zh-CN',
    isAccessibleForFree: true,
    dateModified: input.dateModified,
    ...(input.license ? { license: input.license } : {}),
    ...(input.keywords?.length ? { keywords: [...input.keywords] } : {}),
    creator: { '@type': 'GovernmentOrganization', name: input.publisher.name, url: input.publisher.url },
    publisher: { '@type': 'GovernmentOrganization', name: input.publisher.name, url: input.publisher.url },
    distribution: input.files.map((f) => ({
      '@type': 'DataDownload',
      name: f.name,
      contentUrl: f.url,
      encodingFormat: f.encodingFormat,
    })),
  };
}
