// The search quality set: queries a resident or a journalist would type, each with the page it must find in the top 5
// (or, where a third number says so, within that many: 1 for a number or a name, which must find its page first).
// A path without # also accepts a result on that page's anchors; a path with # must be matched exactly.

export const SEARCH_QUERIES: Array<[query: string, expected: string, top?: number]> = [
  // Cases: 2–4 character words, phrases, case numbers.
  ['冒充公检法', '/cases/2024-017/'],
  ['2024-017', '/cases/2024-017/', 1],
  ['2026-031', '/cases/2026-031/', 1],
  // A withdrawn case's number finds its tombstone; an old number finds the case under its new one.
  ['2025-019', '/cases/2025-019/', 1],
  ['2025-099', '/cases/2025-058/', 1],
  ['恶势力', '/cases/2024-008/'],
  ['泄露公民个人信息', '/cases/2024-021/'],
  ['消防通道', '/cases/2024-035/'],
  ['赡养', '/cases/2024-042/'],
  // Cases older than the recent years (2024, as of 2026-11-21): the recent index matches parts of these queries, the
  // archive answers them without the reader ticking 历年.
  ['被侵占货款', '/cases/2024-030/'],
  ['盲道', '/cases/2024-035/'],
  ['巡回审理 赡养', '/cases/2024-042/'],
  ['健康讲座', '/cases/2025-004/'],
  ['西地那非', '/cases/2025-011/'],
  ['选择性执法', '/cases/2025-026/'],
  ['头盔', '/cases/2025-033/'],
  ['林地', '/cases/2025-040/'],
  ['保护伞', '/cases/2025-047/'],
  ['高空抛物', '/cases/2025-052/'],
  ['"飞线充电"', '/cases/2025-052/'],
  ['强制报告', '/cases/2025-058/'],
  ['出租银行账户', '/cases/2026-003/'],
  ['醉驾', '/cases/2026-009/'],
  ['刷单返利', '/cases/2026-012/'],
  ['养老投资', '/cases/2026-018/'],
  ['焚烧秸秆', '/cases/2026-025/'],
  ['过期药品', '/cases/2026-031/'],
  ['人身安全保护令', '/cases/2026-036/'],
  ['低保', '/cases/2026-041/'],
  ['面包车', '/cases/2026-044/'],
  ['宾馆 未成年人', '/cases/2026-050/'],
  ['乱刻乱画', '/cases/2026-055/'],
  // Good people: names, deeds, places.
  // A person's name finds the person's page before the honour lists that mention it.
  ['王桂兰', '/good-people/2026-q1/wang-guilan/', 1],
  ['张淑兰', '/good-people/daode-mofan-2025/zhang-shulan/', 1],
  ['赵磊', '/good-people/2026-q1/zhao-lei/', 1],
  ['快递小哥', '/good-people/2026-q1/zhao-lei/'],
  ['乡村医生', '/good-people/daode-mofan-2025/li-jianguo/'],
  ['和事佬', '/good-people/2026-q2/he-yanping/'],
  ['落水儿童', '/good-people/daode-mofan-2025/ma-wenxue/'],
  ['四点半课堂', '/good-people/daode-mofan-2025/chen-yufang/'],
  ['还清欠款', '/good-people/daode-mofan-2025/zhou-deming/'],
  ['道德模范', '/good-people/daode-mofan-2025/'],
  // Units and commitments.
  // A unit's name, short name or alias finds its unit page first.
  ['示例县人民检察院', '/units/jianchayuan/', 1],
  ['县检察院', '/units/jianchayuan/', 1],
  ['律协', '/units/lvxie/', 1],
  ['城关派出所', '/units/chengguan-pcs/', 1],
  ['市场监管局', '/units/shichang-jianguan/', 1],
  ['检察为民', '/commitments/2026-h2/jianchayuan/'],
  ['食品药品安全和市场秩序', '/commitments/2026-h2/shichang-jianguan/'],
  // Rectification items lead to their row.
  ['社区矫正 请销假', '/rectification/2025-xuncha-fankui/#item-4'],
  ['以案定补', '/rectification/2025-xuncha-fankui/#item-5'],
  ['普法责任制', '/rectification/2025-xuncha-fankui/#item-6'],
  ['上下学 拥堵', '/rectification/2026-yuqing-xiaoyuan-jiaotong/'],
  // Free pages.
  ['监督举报', '/jiandu/'],
  ['关于本站', '/about/'],
];
