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

/** For the open-data page (/open-data/): a DataCatalog with one Dataset per dataset, a DataDownload per file. */
export function dataCatalogLd(input: {
  url: string;
  name: string;
  license?: string | undefined;
  publisher: Publisher;
  datasets: ReadonlyArray<{
    id: string;
    name: string;
    description: string;
    /** YYYY-MM-DD. */
    dateModified: string;
    files: ReadonlyArray<{ url: string; name: string; encodingFormat: string; bytes: number }>;
  }>;
}): JsonLd {
  const license = input.license ? { license: input.license } : {};
  const publisher = { '@type': 'GovernmentOrganization', name: input.publisher.name, url: input.publisher.url };
  return {
    '@context': 'https://schema.org',
    '@type': 'DataCatalog',
    '@id': input.url,
    url: input.url,
    name: input.name,
    inLanguage: 'zh-CN',
    publisher,
    ...license,
    dataset: input.datasets.map((d) => ({
      '@type': 'Dataset',
      '@id': `${input.url}#${d.id}`,
      url: `${input.url}#${d.id}`,
      name: d.name,
      description: d.description,
      inLanguage: 'zh-CN',
      isAccessibleForFree: true,
      dateModified: d.dateModified,
      ...license,
      creator: publisher,
      publisher,
      distribution: d.files.map((f) => ({
        '@type': 'DataDownload',
        name: f.name,
        contentUrl: f.url,
        encodingFormat: f.encodingFormat,
        contentSize: `${f.bytes} B`,
      })),
    })),
  };
}
