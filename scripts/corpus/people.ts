// Generates honour lists (good-people/lists.yaml) and one story per honoured person (good-people/<list>/<id>.md).
import type { GeneratedFile } from './cases.ts';
import { fill } from './cases.ts';
import { cnNumber, Rng } from './rng.ts';
import {
  ETHNICITIES,
  GIVEN_NAMES_FEMALE,
  GIVEN_NAMES_MALE,
  ROADS,
  SURNAMES,
  TOWNS,
  URBAN_TOWNS,
  villagesOf,
} from './vocab.ts';
import { scalar } from './yaml.ts';

type Category = '助人为乐' | '见义勇为' | '诚实守信' | '敬业奉献' | '孝老爱亲';
export const CATEGORIES: Category[] = ['助人为乐', '见义勇为', '诚实守信', '敬业奉献', '孝老爱亲'];

/** One kind of story: its headlines, an opening and deeds that belong together. */
interface StoryArc {
  identities?: string[];
  headlines: string[];
  openings: string[];
  deeds: string[];
}
interface CategoryStories {
  identities: string[];
  arcs: StoryArc[];
  /** Deeds that fit any arc of the category. */
  extras: string[];
  closings: string[];
}

// Slots: {name} {ta} (他/她) {spouse} {nick} {town} {village} {road} {identity} {years} {age} {n} {n2} {year} {month} {amount} {river} {mountain}
const STORIES: Record<Category, CategoryStories> = {
  助人为乐: {
    identities: ['退休教师', '村民', '个体工商户', '社区志愿者', '乡村医生', '退役军人'],
    arcs: [
      {
        headlines: ['{years}年义务为村民理发', '免费为乡亲们修理农具家电', '{years}年义务上门服务孤寡老人'],
        openings: [
          '{name}是{town}{village}的一名{identity}，今年{age}岁。在村里，提起{name}，大家都会说一句：“有事找{ta}，准没错。”',
          '走进{town}{village}，常能看到{name}忙碌的身影。这位{age}岁的{identity}，{years}年来一直默默为乡亲们做着力所能及的好事。',
        ],
        deeds: [
          '每逢周末，{ta}都会带上工具挨家挨户上门服务，{years}年来服务群众{n}多人次，从没收过一分钱。有人过意不去，硬塞给{ta}鸡蛋、蔬菜，{ta}总是笑着推回去：“都是乡里乡亲的，这点事不算啥。”',
          '村里的独居老人行动不便，{ta}就定期上门，帮着理发、修电器、换灯泡，顺便陪老人聊聊天。谁家老人几天没出门，{ta}总要去敲敲门看一看。',
        ],
      },
      {
        headlines: ['自费办起“爱心食堂”，让孤寡老人吃上热饭'],
        openings: [
          '{year}年的一天，{name}在路边遇到一位迷路的独居老人，把老人送回家后，{ta}才发现老人家里连一顿像样的饭都没有。从那以后，{ta}心里就放不下村里的孤寡老人了。',
        ],
        deeds: [
          '{ta}每天早早起来买菜做饭，在自家院子里办起了“爱心食堂”，免费为村里{n2}位孤寡老人提供午饭。遇到行动不便的老人，{ta}就把饭菜装进保温桶送上门。{years}年来，{ta}前后垫付了数万元，却从没向人提起过。',
        ],
      },
      {
        headlines: ['义务接送留守儿童上下学{years}年', '坚持{years}年义务辅导留守儿童功课'],
        openings: [
          '{town}{village}外出务工的人多，村里留下了不少老人和孩子。{age}岁的{identity}{name}看在眼里，急在心里。',
        ],
        deeds: [
          '{ta}自费购置了桌椅、书本，在自家院子里办起了“爱心小屋”。放学后，孩子们在这里写作业，{ta}一个个辅导功课，天黑了再把住得远的孩子送回家。{years}年来，先后有{n}多名孩子在“爱心小屋”度过了放学后的时光。',
        ],
      },
      {
        headlines: ['组建志愿服务队，常年帮扶困难群众'],
        openings: [
          '{name}是{town}{village}的一名{identity}，今年{age}岁。{year}年，{ta}牵头组建了村里的第一支志愿服务队。',
        ],
        deeds: [
          '在{ta}的带动下，村里先后有{n2}多人加入了志愿服务队，大家轮流为困难群众送米送油、打扫卫生、代买药品。遇到谁家有红白喜事、农忙缺人手，志愿服务队总是第一个到场。',
        ],
      },
    ],
    extras: ['每年汛期和入冬前，{ta}都会主动到村里的困难户家中查看房屋安全，帮着加固门窗、送去棉被。'],
    closings: [
      '“帮助别人，快乐自己。”这是{name}常挂在嘴边的一句话。{ta}说，只要身体允许，就会一直做下去。',
      '{name}先后被评为“优秀志愿者”“最美示例人”。面对荣誉，{ta}说：“我做的都是小事，能帮上忙就高兴。”',
      '如今，{name}的故事在十里八乡传开了，越来越多的人加入到志愿服务的行列中来。',
    ],
  },
  见义勇为: {
    identities: ['村民', '货车司机', '外卖骑手', '在校大学生', '快递员', '保安', '个体工商户'],
    arcs: [
      {
        headlines: ['跳入冰冷河水救起落水儿童', '危急时刻挺身而出救起溺水儿童'],
        openings: [
          '{year}年的一个傍晚，{town}{identity}{name}像往常一样回家，路过{river}时，突然听到有人大喊“有孩子落水了”。',
        ],
        deeds: [
          '{ta}来不及多想，甩掉外套就跳进了冰冷的河水中。河水很深，水流湍急，{ta}奋力游到孩子身边，一手托住孩子，一手划水，拼尽全力把孩子推上了岸。上岸后，{ta}自己已经冻得浑身发抖，却顾不上休息，又帮着给孩子做急救，直到救护车赶到。',
        ],
      },
      {
        headlines: ['徒手制服持刀抢夺嫌疑人', '连续追赶数百米擒获抢夺嫌疑人'],
        openings: [
          '{year}年{month}月的一天深夜，{identity}{name}正在{town}街头赶路，突然听到不远处传来“抢东西了”的呼救声。',
        ],
        deeds: [
          '只见一名男子抢走了路人的手机正在逃跑，{ta}立即追了上去。追出几百米后，{ta}把对方逼进一条小巷，对方掏出一把水果刀威胁，{ta}毫不退缩，趁其不备一把夺下刀子，和随后赶来的群众一起将其制服，扭送到派出所。',
        ],
      },
      {
        headlines: ['冲进火场救出被困老人'],
        openings: [
          '{name}是一名普通的{identity}，今年{age}岁。{year}年冬天的一个下午，{ta}正在家中休息，突然闻到一股浓烈的烟味。',
        ],
        deeds: [
          '邻居家冒出滚滚浓烟，屋里还有一位行动不便的老人。{ta}用湿毛巾捂住口鼻，冒着浓烟冲进屋内，摸索着找到老人，把老人背了出来。等消防车赶到时，屋内已经火光一片，{ta}的手臂也被烫伤。',
        ],
      },
      {
        headlines: ['勇拦失控车辆避免一场惨剧'],
        openings: [
          '{year}年{month}月的一天上午，{identity}{name}在{town}街头办事，看到不远处的坡道上发生了惊险的一幕。',
        ],
        deeds: [
          '一辆停在坡道上的货车突然溜车，直冲向路边正在玩耍的孩子。{ta}飞奔过去拉开车门，跳上驾驶室拉起手刹，货车在离孩子不到两米的地方停了下来。',
        ],
      },
    ],
    extras: [],
    closings: [
      '事后，被救者的家人几经打听才找到{name}，要拿钱感谢，{ta}坚决不收：“换了谁都会这么做。”',
      '{name}的事迹经媒体报道后，被县见义勇为基金会授予“见义勇为先进个人”称号。',
      '危急关头挺身而出，{name}用行动诠释了什么是平凡人的英雄本色。',
    ],
  },
  诚实守信: {
    identities: ['个体工商户', '农民工', '村民', '小卖部店主', '菜农', '出租车司机'],
    arcs: [
      {
        headlines: ['替亡故的{spouse}还债{years}年，一笔一笔还清欠款'],
        openings: [
          '{year}年，{name}的{spouse}因病去世，留下了一笔数万元的欠款和一张写满名字的账单。亲戚朋友都劝{ta}：“人走了，账也就算了。”{ta}却说：“人走了，账不能烂。”',
        ],
        deeds: [
          '此后的{years}年里，{ta}起早贪黑，种地、打零工、摆小摊，挣来的钱除了维持基本生活，全部用来还债。每还一笔，{ta}就在账单上划掉一个名字。直到最后一个名字被划掉，{ta}才长长地松了一口气。',
        ],
      },
      {
        headlines: ['诚信经营{years}年从不缺斤短两', '{years}年如一日诚信经营，被誉为“诚信{nick}”'],
        openings: [
          '在{town}的集市上，{name}的摊位是出了名的“放心摊”。这位{age}岁的{identity}，做生意{years}年，从没和顾客红过一次脸。',
        ],
        deeds: [
          '{ta}的秤从来都是足斤足两，遇到老人、小孩来买东西，还会多给一点。有一次，{ta}发现前一天给顾客找错了钱，硬是打听了好几天，找到对方把钱退了回去。',
        ],
      },
      {
        headlines: ['拾到现金{amount}元原物奉还'],
        openings: [
          '{year}年的一个雨天，{identity}{name}在路边捡到一个鼓鼓囊囊的手提包，里面装着{amount}元现金和一些证件。',
        ],
        deeds: [
          '{ta}在原地等了两个多小时，没等到失主，便把手提包送到了派出所。民警联系上失主后，失主拿出一些钱表示感谢，被{ta}婉言谢绝。',
        ],
      },
      {
        identities: ['企业负责人'],
        headlines: ['企业困难时期坚持足额发放工人工资', '“一诺千金”，变卖房产兑现对工人的承诺'],
        openings: ['{name}在{town}经营一家小型加工厂，是当地小有名气的{identity}。'],
        deeds: [
          '企业遇到困难的那几年，{ta}宁可卖掉自家的房子和车，也要保证工人工资按时足额发放，供货商的货款也一分没少。{ta}说：“工人跟着我干，我不能让他们吃亏。”',
        ],
      },
    ],
    extras: ['{ta}常对孩子们说：“钱没了可以再挣，信用没了就什么都没了。”'],
    closings: [
      '“做人要讲良心，做事要讲诚信。”{name}用实际行动践行着自己的诺言。',
      '{name}的诚信故事在当地广为流传，乡亲们都说，跟{ta}打交道，心里踏实。',
      '诚信是做人之本、立业之基。{name}的事迹，是对“人无信不立”最好的诠释。',
    ],
  },
  敬业奉献: {
    identities: ['乡村教师'],
    arcs: [
      {
        identities: ['乡村教师'],
        headlines: ['扎根山村教学{years}年'],
        openings: [
          '{year}年，刚从师范学校毕业的{name}来到{town}一所村小任教。那时的学校只有几间平房，一个人要教好几个年级。一晃{years}年过去了，{ta}一直没有离开。',
        ],
        deeds: [
          '{years}年来，{ta}送走了一届又一届学生，其中不少考上了大学。有人劝{ta}调到县城工作，{ta}总是摇摇头：“我走了，山里的孩子怎么办？”{ta}还自费为家庭困难的学生购买学习用品，资助过的学生有{n2}多名。',
        ],
      },
      {
        identities: ['乡村医生'],
        headlines: ['{years}年坚守乡村卫生室，守护乡亲健康'],
        openings: ['{name}是{town}{village}卫生室的一名{identity}，今年{age}岁，已经在这个岗位上坚守了{years}年。'],
        deeds: [
          '无论白天黑夜、刮风下雨，只要乡亲们一个电话，{ta}就背上药箱出门。{years}年来，{ta}出诊{n}多次，走坏了十几双鞋，村里每位老人的病情{ta}都记在心里。',
        ],
      },
      {
        identities: ['社区民警', '人民调解员'],
        headlines: ['调解矛盾纠纷{n}余起，成为群众信赖的“老娘舅”', '{years}年走遍辖区每一户'],
        openings: ['{name}是{town}的一名{identity}，今年{age}岁，已经在这个岗位上坚守了{years}年。'],
        deeds: [
          '{ta}熟悉辖区里的每一条街巷、每一户人家，谁家有困难、谁家闹矛盾，{ta}都了如指掌。{years}年来，{ta}调解各类纠纷{n}多起，帮助群众找回走失的老人、儿童数十人。',
        ],
      },
      {
        identities: ['护林员'],
        headlines: ['{years}年如一日守护{mountain}万亩林海'],
        openings: [
          '每天清晨五点，{name}就已经出门了。作为{mountain}的一名{identity}，{ta}的工作从天不亮开始，到天黑才结束。',
        ],
        deeds: [
          '每天巡山二十多公里，{ta}走遍了{mountain}的每一道沟、每一道梁。{years}年来，{ta}负责的林区没有发生一起森林火灾，也没有发生一起乱砍滥伐事件。',
        ],
      },
      {
        identities: ['环卫工人'],
        headlines: ['{years}年清扫街道，把县城当成自己的家'],
        openings: ['每天清晨五点，{name}就已经出门了。作为一名{identity}，{ta}的工作从天不亮开始。'],
        deeds: [
          '{ta}负责的{road}总是第一个被清扫干净。{years}年来，{ta}拾到过钱包、手机十多次，都一一物归原主。遇到下雪天，{ta}还会提前两个小时上路撒盐除冰，方便群众出行。',
        ],
      },
      {
        identities: ['村党支部书记'],
        headlines: ['带领乡亲们发展特色产业增收致富'],
        openings: ['{year}年，在外经商多年的{name}回到家乡{town}{village}，被村民推选为{identity}。'],
        deeds: [
          '{ta}带头流转土地发展特色种植，成立专业合作社，请来农技专家手把手教技术。几年下来，村里修通了水泥路，村集体收入从几乎为零增长到几十万元，{n2}多户村民在家门口实现了就业。',
        ],
      },
    ],
    extras: ['家人生病住院时，{ta}也只请了半天假，安顿好就又回到了岗位上。'],
    closings: [
      '{name}先后获得“优秀共产党员”“先进工作者”等荣誉称号。{ta}说：“干一行就要爱一行，把平凡的事做好就是不平凡。”',
      '{years}年坚守，{name}用行动诠释了“敬业”二字的分量。',
      '问{ta}累不累，{ta}笑着说：“看到大家都好好的，再累也值得。”',
    ],
  },
  孝老爱亲: {
    identities: ['村民', '退休职工', '个体户', '农民', '社区居民'],
    arcs: [
      {
        headlines: ['照顾瘫痪母亲{years}年如一日'],
        openings: [
          '{year}年，{name}的母亲突发脑溢血，虽然经抢救保住了性命，却落下了偏瘫，生活不能自理。从那一天起，照顾老人的担子就落在了{ta}的肩上。',
        ],
        deeds: [
          '{years}年来，{ta}每天天不亮就起床，给老人擦身、翻身、按摩、喂饭，一天下来要忙活十几个小时。老人长期卧床，身上却从没长过一处褥疮。邻居们都说，老人能有今天，全靠{name}的悉心照料。',
          '为了方便照顾老人，{ta}放弃了外出务工的机会，在家门口找了份零工，一有空就往家跑。老人想吃什么，{ta}就变着花样做；老人心情不好，{ta}就陪着聊天、推着出去晒太阳。',
        ],
      },
      {
        headlines: ['{spouse}早逝，一人撑起照顾老人的重担'],
        openings: [
          '{year}年，{name}的{spouse}因病去世，留下年迈多病的老人和一个刚上小学的孩子。亲戚朋友都劝{ta}再成个家，{ta}却说：“我走了，这个家就散了。”',
        ],
        deeds: [
          '{ta}种了十几亩地，农闲时在镇上打零工，挣来的钱一分一分攒着，给老人看病、供孩子读书。老人每到冬天就要住院，{ta}在医院里一陪就是十几天，同病房的人都以为{ta}是老人的亲生子女。',
        ],
      },
      {
        headlines: ['悉心照料年迈父母{years}年', '背着母亲去看病，{years}年不离不弃'],
        openings: ['{name}是{town}{village}的一名{identity}，今年{age}岁。在村里，{ta}孝敬老人的故事几乎人人皆知。'],
        deeds: [
          '父母年事已高，腿脚不便，{ta}每次带老人去县城看病，都是背上背下。{ta}把老人的药按早中晚分好装在药盒里，每天提醒老人按时吃药。',
        ],
      },
      {
        headlines: ['{years}年照顾智障弟弟，撑起一个家'],
        openings: ['{year}年，{name}的父母相继去世，留下了患有智力残疾、生活不能自理的弟弟。'],
        deeds: [
          '{ta}把弟弟接到自己家中，手把手教他穿衣、洗漱，带他到村里的扶贫车间做些简单的活计，让他也能挣一份收入。有人劝{ta}把弟弟送到福利院，{ta}摇摇头：“只要我在，他就有家。”',
        ],
      },
      {
        headlines: ['悉心照料患病{spouse}{years}年'],
        openings: ['{year}年，{name}的{spouse}被确诊患上尿毒症，需要定期透析，家里的积蓄很快就花光了。'],
        deeds: [
          '此后，{ta}每周陪{spouse}到县人民医院透析三次，风雨无阻。为了凑齐医药费，{ta}白天打零工，晚上回家照顾病人，从没在人前叫过一声苦。',
        ],
      },
      {
        headlines: ['收养孤儿视如己出，撑起一个温暖的家'],
        openings: ['{year}年，同村一名孩子的父母在事故中双双离世，{name}得知后，主动把孩子接回了家。'],
        deeds: [
          '家里本不宽裕，{ta}却总是把最好的留给孩子。孩子上学的费用、生病时的医药费，{ta}从没让孩子操过心。如今，孩子已经考上了大学，逢年过节都会回来看望{ta}。',
        ],
      },
    ],
    extras: [
      '日子虽然清苦，{ta}却从不抱怨。{ta}常说：“一家人在一起，就是福气。”在{ta}的影响下，家里的孩子也特别懂事。',
    ],
    closings: [
      '村里人说起{name}，都竖起大拇指：“这样的好人，打着灯笼也难找。”',
      '“百善孝为先。”{name}用{years}年的坚守，诠释了孝老爱亲的传统美德。',
      '{name}家被评为县级“文明家庭”，{ta}的故事成了村里教育孩子的好教材。',
    ],
  },
};

const QUARTER_CN = ['一', '二', '三', '四'];

export interface HonourListDef {
  id: string;
  title: string;
  issuer: string;
  published: string;
  year: number;
}

/** Honour lists, newest first: quarterly “示例好人榜” plus a 道德模范 list every other year. */
export function honourLists(count: number, asOf: string, rng: Rng): HonourListDef[] {
  const lists: HonourListDef[] = [];
  let year = Number(asOf.slice(0, 4));
  let quarter = 4;
  while (lists.length < count) {
    const published = `${quarter === 4 ? year + 1 : year}-${String(quarter === 4 ? 1 : quarter * 3 + 1).padStart(2, '0')}-${String(rng.int(10, 25)).padStart(2, '0')}`;
    if (published < asOf) {
      lists.push({
        id: `${year}-q${quarter}`,
        title: `${year}年第${QUARTER_CN[quarter - 1]}季度“示例好人榜”`,
        issuer: '县文明办',
        published,
        year,
      });
    }
    if (quarter === 4 && year % 2 === 1 && lists.length < count) {
      const session = Math.floor((year - 2017) / 2) + 1;
      const published2 = `${year}-12-${rng.int(15, 28)}`;
      if (published2 < asOf) {
        const label = session > 0 ? `第${cnNumber(session)}届` : `${year}年度`;
        lists.push({
          id: `daode-mofan-${year}`,
          title: `示例县${label}道德模范`,
          issuer: '中共示例县委宣传部、示例县精神文明建设委员会',
          published: published2,
          year,
        });
      }
    }
    quarter--;
    if (quarter === 0) {
      quarter = 4;
      year--;
    }
  }
  return lists.slice(0, count);
}

export function generatePeople(
  listCount: number,
  peopleCount: number,
  seed: number,
  asOf: string,
): { files: GeneratedFile[]; lists: number; people: number; byCategory: Record<string, number> } {
  const rng = Rng.derive(seed, 'good-people');
  const lists = honourLists(listCount, asOf, rng);
  const files: GeneratedFile[] = [];
  files.push({
    path: 'good-people/lists.yaml',
    content:
      '# 已发布的好人榜、道德模范榜\n' +
      lists
        .map(
          (l) =>
            `- id: ${l.id}\n  title: ${scalar(l.title)}\n  issuer: ${scalar(l.issuer)}\n  published: ${l.published}\n`,
        )
        .join(''),
  });
  const usedIds = new Set<string>();
  const byCategory: Record<string, number> = {};
  for (let i = 0; i < peopleCount; i++) {
    const list = lists[i % lists.length]!;
    const p = Rng.derive(seed, `person-${i}`);
    // Categories rotate so every list (and even the smallest corpus) has all five.
    const category = CATEGORIES[Math.floor(i / lists.length) % CATEGORIES.length]!;
    const stories = STORIES[category];
    const female = category === '孝老爱亲' ? p.chance(0.75) : p.chance(0.4);
    const [surname, surnamePinyin] = p.pick(SURNAMES);
    const [given, givenPinyin] = p.pick(female ? GIVEN_NAMES_FEMALE : GIVEN_NAMES_MALE);
    let id = `${surnamePinyin}-${givenPinyin}`;
    for (let n = 2; usedIds.has(id); n++) id = `${surnamePinyin}-${givenPinyin}-${n}`;
    usedIds.add(id);
    const arc = p.pick(stories.arcs);
    const town = p.pick(TOWNS);
    const drawn = p.pick(arc.identities ?? stories.identities);
    // Townspeople in a 社区 are residents, not villagers.
    const identity = drawn === '村民' && URBAN_TOWNS.has(town) ? '社区居民' : drawn;
    const age = identity === '在校大学生' ? p.int(19, 23) : identity.startsWith('退休') ? p.int(60, 78) : p.int(28, 72);
    const village = p.pick(villagesOf(town));
    const years = p.int(5, 32);
    const name = `${surname}${given}`;
    const ctx: Record<string, string> = {
      name,
      ta: female ? '她' : '他',
      spouse: female ? '丈夫' : '妻子',
      town,
      village,
      identity,
      age: String(age),
      years: cnNumber(Math.min(years, age - 16)),
      n: String(p.int(3, 60) * 10),
      n2: String(p.int(2, 9) * 10),
      nick: female ? '大姐' : '大哥',
      road: p.pick(ROADS),
      year: String(list.year - p.int(1, 12)),
      month: String(p.int(1, 12)),
      amount: String(p.int(2, 60) * 100),
      river: p.pick(['青山河', '白石河', '柳河', '龙泉溪', '东坝河']),
      mountain: p.pick(['白石山', '青山', '龙泉山', '凤凰岭']),
    };
    const f = (t: string) => fill(t, ctx);
    const deeds = p.sample(arc.deeds, p.int(1, arc.deeds.length));
    if (stories.extras.length && (deeds.length === 1 || p.chance(0.3))) deeds.push(p.pick(stories.extras));
    const paragraphs = [f(p.pick(arc.openings)), ...deeds.map(f), f(p.pick(stories.closings))];
    const fm = [
      '---',
      `id: ${id}`,
      `name: ${name}`,
      `list: ${list.id}`,
      `category: ${category}`,
      `headline: ${scalar(f(p.pick(arc.headlines)))}`,
      `township: ${town}${village}`,
      `identity: ${identity}`,
      `gender: ${female ? '女' : '男'}`,
      `birthYear: ${list.year - age}`,
    ];
    if (p.chance(0.7)) fm.push(`ethnicity: ${p.weighted(ETHNICITIES)}`);
    fm.push('---', '');
    files.push({ path: `good-people/${list.id}/${id}.md`, content: `${fm.join('\n')}\n${paragraphs.join('\n\n')}\n` });
    byCategory[category] = (byCategory[category] ?? 0) + 1;
  }
  return { files, lists: lists.length, people: peopleCount, byCategory };
}
