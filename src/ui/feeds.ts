// UI words of the Atom feeds, the media embeds and the embed snippet on case and unit pages.
export const feedsWords = {
  /** Feed titles, after the site name. */
  siteFeedTitle: '最新发布与更新',
  casesFeedTitle: '典型案例',
  rectificationFeedTitle: '整改进展',
  unitFeedTitle: (unitName: string) => `${unitName}：发布与整改进展`,
  siteFeedSubtitle: (region: string) => `${region}典型案例、好人榜、公开承诺和整改进展的发布与更正。`,
  casesFeedSubtitle: (region: string) => `${region}发布的典型案例及其更正、撤回。`,
  rectificationFeedSubtitle: (region: string) => `${region}整改台账中每个事项的进展和状态变化，按日期逐条公开。`,
  unitFeedSubtitle: (unitName: string) => `${unitName}发布的典型案例、公开承诺，以及由其负责整改的事项的进展。`,
  /** The note at the top of a corrected entry: 更正（2026-03-02）：… */
  correction: (date: string, note: string) => `更正（${date}）：${note}`,
  withdrawnTitle: (title: string) => `${title}（已撤回）`,
  withdrawn: (date: string, reason: string) => `已撤回（${date}）：${reason}`,
  withdrawnBody: '该案例已撤回，内容不再公开；原网址长期保留，以便此前的引用可以查证。',
  summaryLabel: '摘要',
  caseCategory: '典型案例',
  personCategory: '好人榜',
  commitmentCategory: '公开承诺',
  rectificationCategory: '整改进展',
  /** A rectification event's title: the kind of event, then the problem. */
  progressTitle: (problem: string) => `【整改进展】${problem}`,
  completedTitle: (status: string, problem: string) => `【${status}】${problem}`,
  progressNote: (date: string, note: string) => `${date} 进展：${note}`,
  completedNote: (date: string, status: string) => `${date} 整改状态更新为“${status}”。`,
  itemOf: (batchTitle: string, n: number) => `${batchTitle} 第 ${n} 项`,
  responsibleUnit: '责任单位',
  currentStatus: '当前状态',
  due: '整改时限',
  personSummary: (listTitle: string, category: string, township: string, identity: string | undefined) =>
    `入选${listTitle}（${category}）。${township}${identity ? `，${identity}` : ''}。`,
  commitmentSummary: (period: string, count: number, leader: string) => `${period}公开承诺，共 ${count} 项，责任领导${leader}。`,
  commitmentLatest: (date: string, note: string) => `最新进展（${date}）：${note}`,
  batchSummary: (source: string, count: number) => `${source}发现问题 ${count} 个，整改台账逐项公开。`,
  /** The alternate links in each page's head. */
  atomLinkTitle: (feedTitle: string) => `${feedTitle}（Atom）`,
  rssLinkTitle: (feedTitle: string) => `${feedTitle}（RSS）`,

  /** The embed cards. */
  embedPermanent: '永久网址',
  embedPublished: '发布日期',
  embedUpdated: '更新日期',
  embedWithdrawnOn: (date: string) => `本案例已于${date}撤回，内容不再公开。`,
  embedReadMore: '查看全文',
  embedUnitPage: '查看责任清单',
  embedCommitmentItems: '承诺事项',
  embedFulfilled: '已兑现',
  embedRectification: '负责整改事项',
  embedRectificationDone: '已完成',
  embedOverdue: '逾期',
  embedCases: '发布案例',
  embedAsOf: (date: string) => `数据截至 ${date}`,
  /** The snippet block on case and unit pages. */
  snippetTitle: '嵌入本页卡片',
  snippetHint: '媒体和其他网站可以把下面的代码粘贴到网页中，显示本页的摘要卡片，并链接回本站的永久网址。',
  snippetCopy: '复制嵌入代码',
  snippetPreview: '预览卡片',
} as const;
