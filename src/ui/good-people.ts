// Words of the good-people pages: the honour lists, one list, one person. Field names come from the schema.

export const goodPeopleWords = {
  description: '身边好人榜、道德模范等荣誉榜单及人物事迹。',
  intro: (lists: number, people: number) => `共 ${lists} 期榜单、${people} 位上榜人物，按发布时间从新到旧排列。`,
  published: '发布',
  people: (n: number) => `共 ${n} 人`,
  byCategory: '各类别人数',
  categoryCount: (category: string, n: number) => `${category} ${n} 人`,
  listDescription: (issuer: string, title: string, n: number) => `${issuer}发布的${title}，共 ${n} 人。`,
  issuer: '发布单位：',
  publishedOn: '发布日期：',
  peopleBefore: '共',
  peopleAfter: (n: number) => `${n} 人`,
  categoryHeading: (category: string, n: number) => `${category}（${n} 人）`,
  personTitle: (name: string, headline: string) => `${name}：${headline}`,
  personDescription: (name: string, headline: string, list: string, category: string) =>
    `${name}，${headline}。入选${list}（${category}）。`,
  birthYear: (year: number) => `${year}年`,
  list: '入选榜单',
  /** After the list's title: who issued it and when. */
  listSource: (issuer: string, date: string) => `（${issuer}，${date}）`,
  photo: (name: string) => `${name}的照片`,
  noPhoto: (name: string) => `${name}（暂无照片）`,
} as const;
