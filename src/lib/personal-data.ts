// Finds personal data that must never be published: ID card, mobile phone and bank card numbers (everywhere), and
// the unanonymised names and door-level home addresses of parties (in cases that expose wrongdoing).

export interface PersonalDataHit {
  kind: '身份证号' | '手机号' | '银行卡号';
  /** The matched text, partly masked so the report itself does not repeat it. */
  masked: string;
  /** 1-based line within the scanned text. */
  line: number;
}

// ---- normalisation ----

const ZERO_WIDTH = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
/** A Markdown backslash escape (`1\-3`, `138\ 1234`): the backslash is not part of the text. */
const MARKDOWN_ESCAPE = /\\([ !-/:-@[-`{-~])/g;
/** Dashes that NFKC leaves alone (‐ – — ― − ⸺ ー), and what NFKC makes of ﹣ and －. */
const DASHES = /[\u2010-\u2015\u2212\u2E3A\u2E3B\u30FC\uFE58]/g;
/** White space other than the plain space and the line break (NBSP and the ideographic space are spaces after NFKC). */
const SPACES = /[\t\r\f\v\u1680\u2000-\u200A\u2028\u2029\u202F\u205F]/g;

/**
 * The text as the scan reads it: NFKC (full-width digits, letters, punctuation), zero-width characters and Markdown
 * escapes removed, every dash a `-`, every space a ` `. Line breaks are kept, so a line here is the file's line.
 */
export function normalizeForScan(text: string): string {
  // The check scans each file twice (numbers, then a case's parties): the second scan reuses the first's work.
  if (text !== lastText) {
    lastText = text;
    lastNormal = text.replace(ZERO_WIDTH, '').normalize('NFKC').replace(MARKDOWN_ESCAPE, '$1').replace(DASHES, '-').replace(SPACES, ' ');
  }
  return lastNormal;
}
let lastText = '';
let lastNormal = '';

// ---- numbers ----

/** The first two digits of a mainland resident ID are a province code. */
const PROVINCE = '(?:1[1-5]|2[1-3]|3[1-7]|4[1-6]|5[0-4]|6[1-5]|71|8[1-3])';
/** Between groups of digits: spaces and dashes (138 1234 5678, 138-1234-5678, 110105 - 19491231 - 002X). */
const GAP = '[ -]{0,3}';
const ID_18 = new RegExp(`(?<![0-9A-Za-z])(${PROVINCE}\\d{4})${GAP}((?:18|19|20)\\d{2})${GAP}(\\d{2})(\\d{2})${GAP}(\\d{3}[0-9Xx])(?![0-9A-Za-z])`, 'g');
const ID_15 = new RegExp(`(?<![0-9A-Za-z])(${PROVINCE}\\d{4})${GAP}(\\d{2})(\\d{2})(\\d{2})${GAP}(\\d{3})(?![0-9A-Za-z])`, 'g');
/** A mobile number, with a country prefix (+86, 0086, 86-, (+86)) or without. */
const MOBILE = new RegExp(`(?<![0-9+])(?:(?:\\+|00)?86 ?-? ?|\\(\\+?86\\) ?)?(1[3-9]\\d)${GAP}(\\d{4})${GAP}(\\d{4})(?![0-9])`, 'g');
/** 16–19 digits, written together or grouped as banks print them (4-4-4-4[-3], 6-13). */
const CARD = /(?<![0-9A-Za-z])(?:\d{16,19}|\d{4}(?:[ -]\d{4}){3}(?:[ -]?\d{1,3})?|\d{6}[ -]\d{10,13})(?![0-9A-Za-z])/g;

/** Words that say the next number is a bank card or account, Luhn or not (older UnionPay debit cards fail it). */
const BANK_WORD = /银行卡|卡号|账号|帐号|账户|帐户|存折/;
/** Words that say the next number is something else (a file, an order, a company), unless a personal word is closer. */
const OTHER_NUMBER_WORD = /编号|编码|代码|单号|订单|流水|案号|文号|档案|卷宗|批号|序列号|注册号|登记号|合同号|发票|运单|条码|证书号/;
const PERSONAL_WORD = /身份|证件|公民|手机|电话|联系|银行|卡号|账号|帐号|账户|帐户|存折/;
/** Issuer prefixes of bank cards (UnionPay 62/60/9, Visa 4, Mastercard 51–55 and 22–27, JCB 35). */
const CARD_PREFIX = /^(?:62|60|4|5[1-5]|2[2-7]|35|9)/;

/** The few characters before a match on its line, back to the previous number or sentence end. */
function wordsBefore(text: string, index: number): string {
  const before = text.slice(Math.max(0, index - 12), index);
  const cut = before.search(/[0-9。;!?\n][^0-9。;!?\n]*$/);
  return cut === -1 ? before : before.slice(cut + 1);
}

/** The few characters after a match, up to the next number or punctuation (brackets allowed: （银行卡）). */
function wordsAfter(text: string, end: number): string {
  const after = text.slice(end, end + 8);
  const cut = after.search(/[0-9。;!?,.、:\n]/);
  return cut === -1 ? after : after.slice(0, cut);
}

/** 1-based line of an offset; the line breaks are found once, when the first hit needs them. */
function lineFinder(text: string): (index: number) => number {
  let breaks: number[] | undefined;
  return (index) => {
    if (!breaks) {
      breaks = [];
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) breaks.push(i);
    }
    let lo = 0;
    let hi = breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (breaks[mid]! < index) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  };
}

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const isRealDate = (year: number, month: number, day: number) => month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month);

export function scanPersonalData(text: string): PersonalDataHit[] {
  const normal = normalizeForScan(text);
  // Most files hold no run of digits long enough to be anything here.
  if (!/\d{11}|\d[ -]{1,3}\d{4}/.test(normal)) return [];
  const lineAt = lineFinder(normal);
  const hits: Array<PersonalDataHit & { at: number }> = [];
  const taken: Array<[number, number]> = [];
  const free = (start: number, end: number) => !taken.some(([s, e]) => start < e && end > s);
  const record = (kind: PersonalDataHit['kind'], match: RegExpExecArray, masked: string) => {
    const start = match.index;
    const end = start + match[0].length;
    if (!free(start, end)) return;
    taken.push([start, end]);
    hits.push({ kind, masked, line: lineAt(start), at: start });
  };
  /** A number after a file/order/company-code word, with no personal word closer to it, is not a person's. */
  const labelledOther = (index: number) => {
    const words = wordsBefore(normal, index);
    return OTHER_NUMBER_WORD.test(words) && !PERSONAL_WORD.test(words);
  };
  for (const m of normal.matchAll(ID_18)) {
    if (isRealDate(Number(m[2]), Number(m[3]), Number(m[4])) && !labelledOther(m.index)) record('身份证号', m, mask(m[0]));
  }
  for (const m of normal.matchAll(ID_15)) {
    if (isRealDate(1900 + Number(m[2]), Number(m[3]), Number(m[4])) && !labelledOther(m.index)) record('身份证号', m, mask(m[0]));
  }
  for (const m of normal.matchAll(MOBILE)) record('手机号', m, mask(`${m[1]}${m[2]}${m[3]}`));
  for (const m of normal.matchAll(CARD)) {
    const digits = m[0].replace(/[ -]/g, '');
    if (digits.length < 16 || digits.length > 19) continue;
    const nearBankWord = BANK_WORD.test(wordsBefore(normal, m.index)) || BANK_WORD.test(wordsAfter(normal, m.index + m[0].length));
    if (nearBankWord || (!labelledOther(m.index) && CARD_PREFIX.test(digits) && luhnValid(digits))) record('银行卡号', m, mask(m[0]));
  }
  return hits.sort((a, b) => a.at - b.at).map(({ kind, masked, line }) => ({ kind, masked, line }));
}

/** What a staff member reads for a number found: what it seems to be, masked, and how to write it instead. */
export function personalDataMessage(hit: PersonalDataHit): string {
  return `发现疑似${hit.kind}（${hit.masked}）。公开内容不得包含身份证号、手机号或银行卡号：请删除这个号码；确需提及时，写成“${hit.masked}”这样只留首尾几位、中间用 * 代替的脱敏写法，当事人写作“张某”。`;
}

/** Bank card numbers carry a Luhn check digit; most other long numbers (amounts, file numbers) do not pass it. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

function mask(value: string): string {
  const compact = value.replace(/[ -]/g, '');
  return `${compact.slice(0, 3)}${'*'.repeat(Math.max(0, compact.length - 7))}${compact.slice(-4)}`;
}

// ---- names and addresses of parties ----

export interface PartyHit {
  kind: '姓名' | '住址';
  /** For a name: the role it follows (被告人). */
  role?: string;
  /** The words found: a name (张三), what publicNames lists; or an address with its place (幸福小区3幢2单元501室). */
  value: string;
  /** For a name: the anonymised form to write instead (张某). */
  anonymised?: string;
  line: number;
}

/** Case types whose parties must be anonymised: the good examples name people on purpose. */
export const PARTY_CHECKED_TYPES: readonly string[] = ['警示案例', '反面典型', '不文明行为曝光'];

/** The roles a party is named by in a case. */
const ROLES = [
  '犯罪嫌疑人', '违法嫌疑人', '违法行为人', '被告人', '被告', '原告', '第三人', '嫌疑人', '行为人', '当事人', '被害人', '受害人',
  '驾驶人', '驾驶员', '肇事者', '肇事司机', '被执行人', '申请执行人', '被申请人', '申请人', '被上诉人', '上诉人', '涉案人员',
  '违法人员', '罪犯', '报案人', '报警人', '举报人', '被举报人', '投诉人', '被投诉人', '被调查人', '被处分人', '证人',
].sort((a, b) => b.length - a.length);

const COMPOUND_SURNAMES = [
  '欧阳', '司马', '上官', '诸葛', '皇甫', '尉迟', '公孙', '慕容', '司徒', '夏侯', '轩辕', '令狐', '端木', '独孤', '南宫', '呼延',
  '濮阳', '淳于', '申屠', '钟离', '万俟', '赫连', '拓跋', '左丘', '闻人', '澹台', '宇文',
];
/**
 * Common single surnames. Left out on purpose: those that are mostly function words right after a role
 * (于 向 和 时 同 应 全 明 成 单 关 安 文 方 都 以 及 党 连 路 车 农 房 尚 包 甘 左 米 费 边 沙 商 查 解 师 司 仲 宁 华 席 宫 景 冷 池 麻 麦 游 简 项).
 */
const SINGLE_SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤常温康施牛樊葛邢齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿兰焦俞柳祝舒阮柯纪梅童凌毕季裴霍涂苗谷盛翁冉骆蓝辛靳管柴蒙鲍喻祁蒲滕屈饶牟艾尤穆卓古吉缪娄窦戚岑卜晏卫柏宗瞿桂佟臧闵苟邬卞姬仇栾隋刁荣巫寇桑郎甄丛虞敖巩佘苑迟邝';

/** Surname + next character pairs that are ordinary words after a role (当事人陈述, 被害人孙子), not names. */
const NOT_NAMES = new Set(
  `陈述 陈列 陈情 张贴 张望 张扬 曾经 曾多 曾因 曾在 曾于 曾被 曾与 曾向 曾系 曾是 曾任 曾有 曾两 曾先 曾将 曾到 曾对 曾私
高价 高度 高速 高空 高声 高兴 高额 高利 任职 任意 任何 钱款 钱财 金额 金钱 金融 孙子 孙女 苏醒 康复 陆续 严重 严格 严厉
常年 常住 常驻 常常 林地 余款 余额 余下 程序 白天 白色 黄色 江边 石头 田间 田地 田里 万元 万余 周边 周围 周末 马上 马路
胡乱 叶片 温和 齐心 乔装 付款 付清 付给 付出 付了 谢谢 黎明 童年 毕业 柏油 卫生 宗教 龙头 史上 古井 吉利 贺信 顾及 顾虑
施工 施救 施暴 施加 牛羊 戴着 戴上 莫名 庞大 颜色 庄稼 章程 鲁莽 岳父 岳母 申请 申诉 申报 申领 申辩 申明 焦急 焦虑 祝福
舒服 纪律 纪委 凌晨 季度 涂改 涂抹 苗木 盛怒 蓝色 辛苦 管理 管制 管控 柴油 蒙受 蒙骗 屈服 饶恕 尤其 仇恨 仇视 刁难 荣誉
甄别 丛林 巩固 迟迟 迟到 迟延 范围 夏天 夏季 武器 武力 许可 许多 许诺 何时 何处 何种 何况 戴头 戴安 戴好 戴口 戴帽
郑重 钱包 金银 金项 金手 金戒 金饰 金器 金条 黄金 付费 付钱 高喊 谢绝 毕竟 林业 林木 毛发 曾为 曾担 曾受 曾用 曾一 曾参
曾给 曾拒 曾作 曾找 江苏 江西 江门 江阴 吉林 温州 温岭 苏州 苏北 苏南 常州 常熟 徐州 邵阳 岳阳 龙岩 柳州 桂林 梅州
贺州 武汉 郑州 唐山 邢台 黄石 黄山 黄冈 秦皇 沈阳`.split(/\s+/),
);

/** Characters that cannot start a given name right after a surname: grammar, not names (当事人林在…, 被告人高于…). */
const NOT_GIVEN_FIRST = new Set('的了在与及等因被将对已也都是为系称所之其并却又还就才从自到把让给使由以而或但仍即则便且再共各每某不没未无要会能可均经于向和人们方家属双员'.split(''));
/** Characters that, after a one-character given name, start the next words (张三因…, 王五驾驶…) rather than the name. */
const NOT_GIVEN_SECOND = new Set(
  '的了在与及等因被将对已也都是为系称所之其并却又还就才从自到把让给使由以而或但仍即则便且再共各每某不没未无要会能可均经于向和人们方家属驾酒涉犯持伙盗诈骗殴拒逃醉违非故携趁多先后曾通利采冒私拨报谎虚骑擅强交找作达主隐伪开驶男女岁拿收借用领买卖有判处获受赔退认供说表签提上如当该此这那本'.split(''),
);

const SURNAME = `(?:${COMPOUND_SURNAMES.join('|')}|[${SINGLE_SURNAMES}])`;
const HAN = '\\p{Script=Han}';
/** A role, then maybe a colon, a space or 为/系, then what may be a name. */
const PARTY = new RegExp(`(${ROLES.join('|')})(?:: ?| |为|系)?(?=${SURNAME})`, 'gu');
/** One name at the cursor: a surname and up to two more Han characters; or an anonymised one (张某, 李某甲, 王某1). */
const NAME_AT = new RegExp(`(${SURNAME})(${HAN}{0,2})`, 'uy');
const ANONYMISED = /某/u;
/** Next in a list of parties: 被告人张三、李四和王五. */
const LIST_SEPARATOR = /[、和及]/y;
const ANONYMISED_AT = new RegExp(`${SURNAME}某+[甲乙丙丁戊\\dA-Za-z]?`, 'uy');

const NUMBER = '[0-9一二三四五六七八九十百零〇两]+';
/** A home address down to the door: …号…室, …幢…单元, …栋…号, …号楼…室, …弄…号. */
const DOOR = new RegExp(
  [
    `${NUMBER}号(?:楼)?(?:${NUMBER}(?:单元|座|幢|栋))?${NUMBER}室`,
    `${NUMBER}(?:幢|栋|座|号楼)${NUMBER}单元(?:${NUMBER}(?:室|号))?`,
    `${NUMBER}(?:栋|幢)${NUMBER}(?:号|室)`,
    `${NUMBER}弄${NUMBER}号`,
  ].join('|'),
  'g',
);
/** The place name written just before a door number (幸福小区, 环城路): quoted with it. */
const PLACE_BEFORE = new RegExp(`${HAN}{0,8}$`, 'u');

/**
 * Party names that are not anonymised (被告人张三) and home addresses down to the door, in a case of a type that must
 * anonymise its parties. `publicNames` are the names (or address words) the file declares public on purpose.
 */
export function scanPartyDetails(text: string, publicNames: readonly string[] = []): PartyHit[] {
  const hits: PartyHit[] = [];
  const excused = (value: string) => publicNames.some((name) => name.length > 0 && (value === name || value.startsWith(name) || name.includes(value)));
  const normal = normalizeForScan(text);
  const lineAt = lineFinder(normal);
  for (const m of normal.matchAll(PARTY)) {
    let at = m.index + m[0].length;
    let first = true;
    // A role may name several parties: 被告人张某、李四.
    for (;;) {
      if (!first) {
        LIST_SEPARATOR.lastIndex = at;
        if (!LIST_SEPARATOR.test(normal)) break;
        at = LIST_SEPARATOR.lastIndex;
      }
      const name = readName(normal, at);
      if (!name) break;
      if (name.real && !excused(name.value)) hits.push({ kind: '姓名', role: m[1]!, value: name.value, anonymised: `${name.surname}某`, line: lineAt(at) });
      at = name.end;
      first = false;
    }
  }
  if (/[号幢栋弄]/.test(normal)) {
    for (const m of normal.matchAll(DOOR)) {
      const place = (PLACE_BEFORE.exec(normal.slice(Math.max(0, m.index - 8), m.index))?.[0] ?? '').replace(/^.*[住于在至到的]/u, '');
      const value = `${place}${m[0]}`;
      if (!excused(value) && !excused(m[0])) hits.push({ kind: '住址', value, line: lineAt(m.index) });
    }
    hits.sort((a, b) => a.line - b.line);
  }
  return hits;
}

/** Reads one name at `at`: a real one (张三) or an anonymised one (张某某, 李某甲); undefined when no name is there. */
function readName(line: string, at: number): { real: boolean; value: string; surname: string; end: number } | undefined {
  ANONYMISED_AT.lastIndex = at;
  const anonymised = ANONYMISED_AT.exec(line);
  if (anonymised) return { real: false, value: anonymised[0], surname: '', end: at + anonymised[0].length };
  NAME_AT.lastIndex = at;
  const m = NAME_AT.exec(line);
  if (!m) return undefined;
  const surname = m[1]!;
  let given = m[2]!;
  if (ANONYMISED.test(given)) return undefined;
  if (given.length === 0 || NOT_GIVEN_FIRST.has(given[0]!) || (surname.length === 1 && NOT_NAMES.has(`${surname}${given[0]}`))) return undefined;
  if (given.length === 2 && NOT_GIVEN_SECOND.has(given[1]!)) given = given.slice(0, 1);
  return { real: true, value: `${surname}${given}`, surname, end: at + surname.length + given.length };
}

/** What a staff member reads for a party's name or address found. */
export function partyMessage(hit: PartyHit): string {
  const exception = '如确属经审核决定公开（例如被点名通报的公职人员），请在信息区的 publicNames 中写明姓名和理由（见 README）。';
  if (hit.kind === '姓名') {
    return `发现未匿名的当事人姓名：“${hit.role}”后的“${hit.value}”。警示案例、反面典型和不文明行为曝光中的当事人应匿名：请把“${hit.value}”改为“${hit.anonymised}”（姓加“某”；同姓多人可写${hit.anonymised}甲、${hit.anonymised}乙）。${exception}`;
  }
  return `发现具体到门牌的住址：“${hit.value}”。当事人住址只能写到乡镇、村（社区）或小区：请删去楼栋、单元、门牌号，例如写作“城关镇某小区”。${exception}`;
}
