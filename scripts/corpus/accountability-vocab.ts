// What units promise (commitment items), what problems inspections find (rectification items), and survey indicators.
// Slots: {n} {m} (numbers), {pct} (a rate, 85–99), {dp} (a change, 5–30), {half} (progress, 30–85), {town}, {village}, {road}, {market}, {school}, {river}.

/** Which pool of commitment items a unit draws from. */
export const COMMITMENT_GROUP: Record<string, string> = {
  gongan: 'police',
  jiaojing: 'traffic',
  'chengguan-pcs': 'police',
  'hexi-pcs': 'police',
  'qingshan-pcs': 'police',
  fayuan: 'court',
  jianchayuan: 'procur',
  sifaju: 'justice',
  zhengfawei: 'zhengfawei',
  'chengguan-zhen': 'town',
  'hexi-zhen': 'town',
  'qingshan-xiang': 'town',
  'baishi-zhen': 'town',
  'liulin-jiedao': 'town',
  'taoyuan-zhen': 'town',
  'shiqiao-xiang': 'town',
  'longquan-zhen': 'town',
  'shichang-jianguan': 'market',
  'chengshi-guanli': 'urban',
  wenmingban: 'civility',
  'shengtai-huanjing': 'env',
  jiaotong: 'transport',
  renshe: 'labour',
  jiaoyu: 'edu',
  yingji: 'safety',
};

export const COMMITMENT_THEMES: Record<string, string[]> = {
  police: ['“双提升”工作', '平安建设', '“我为群众办实事”'],
  traffic: ['道路交通安全', '“双提升”工作'],
  court: ['司法为民', '“双提升”工作', '执行攻坚'],
  procur: ['检察为民', '“双提升”工作'],
  justice: ['法治政府建设', '公共法律服务'],
  zhengfawei: ['平安建设', '政法队伍建设'],
  town: ['平安建设和文明创建', '基层治理', '“我为群众办实事”'],
  market: ['食品药品安全', '优化营商环境'],
  urban: ['市容环境整治', '文明城市创建'],
  civility: ['文明城市创建', '新时代文明实践'],
  env: ['生态环境保护', '污染防治攻坚'],
  transport: ['交通运输安全', '“四好农村路”建设'],
  labour: ['根治欠薪', '就业服务'],
  edu: ['平安校园建设', '教育惠民'],
  safety: ['安全生产', '防灾减灾'],
};

export const COMMITMENT_ITEMS: Record<string, string[]> = {
  police: [
    '开展夏季治安打击整治行动，严打盗抢骗、黄赌毒和电信网络诈骗等突出违法犯罪。',
    '完成{town}剩余{n}个村驻村辅警补充招录和培训，实现“一村一辅警”。',
    '在城区{n}个重点路口实施视频监控补盲工程，新增高清探头{m}个。',
    '开展反诈宣传“进万家”活动，入户宣传不少于{m}户。',
    '建立涉企案件“挂牌督办”机制，涉企警情做到24小时内响应、7日内反馈。',
    '户籍、出入境等{n}项业务实现“一窗通办”，群众办事平均等候时间压缩到15分钟以内。',
    '电信网络诈骗案件发案数同比下降{dp}%，破案率提升{n}个百分点。',
    '完成{n}个派出所执法办案区规范化改造，实现执法全过程记录。',
  ],
  traffic: [
    '开展酒驾醉驾专项整治，每周组织不少于{n}次夜查统一行动。',
    '完成{road}等{n}条道路交通信号灯配时优化，高峰时段通行效率提升{dp}%。',
    '在农村地区新建交通安全劝导站{n}个，配齐劝导员。',
    '开展“一盔一带”安全守护行动，电动自行车驾乘人员头盔佩戴率达到{pct}%以上。',
    '排查整治道路交通安全隐患点{m}处。',
    '驾驶证、行驶证等{n}项业务实现网上办、就近办。',
  ],
  court: [
    '一审民商事案件平均审理周期压缩至{n}天以内。',
    '开展“执行攻坚”专项行动，执结涉民生案件{m}件以上。',
    '在{town}设立巡回审判点，全年巡回开庭不少于{n}次。',
    '推进诉前调解，诉前调解成功率达到{pct}%以上。',
    '开通涉企案件立案、审理、执行“绿色通道”，涉企案件审理周期缩短{dp}%。',
    '完成诉讼服务中心升级改造，实现跨域立案、网上缴费全覆盖。',
    '公开发布典型案例不少于{n}批，开展“法官进社区”普法活动{n}场。',
  ],
  procur: [
    '办理公益诉讼案件不少于{n}件，重点聚焦生态环境和食品药品安全领域。',
    '对全县{n}所中小学开展“法治进校园”巡讲全覆盖。',
    '群众来信7日内程序性回复、3个月内办理过程或结果答复率100%。',
    '开展司法救助专项活动，向因案致困群众发放救助金不少于{m}万元。',
    '对{n}件行政非诉执行案件开展专项监督。',
    '落实认罪认罚从宽制度，适用率保持在{pct}%以上。',
  ],
  justice: [
    '建成{n}个村（社区）公共法律服务工作室，实现“一村一法律顾问”全覆盖。',
    '法律援助案件受理后3个工作日内指派，全年办理法律援助案件{m}件以上。',
    '开展行政执法案卷评查，评查案卷不少于{m}卷。',
    '培育“法律明白人”{m}名，每个村不少于{n}名。',
    '对全县人民调解员开展轮训，调解成功率达到{pct}%以上。',
    '完成社区矫正对象信息化核查全覆盖，脱管漏管率为零。',
  ],
  zhengfawei: [
    '开展平安建设专项督查{n}次，发现问题全部建立台账、限期整改。',
    '推进县乡村三级综治中心规范化建设，完成{n}个乡镇综治中心提档升级。',
    '组织政法干警开展执法司法规范化培训{n}期。',
    '开展矛盾纠纷“大排查、大化解”行动，化解率达到{pct}%以上。',
    '群众安全感和执法满意度测评进入全市前{n}名。',
  ],
  town: [
    '{village}等{n}个村的公共视频监控接入“雪亮工程”平台。',
    '完成镇区集贸市场提升改造，解决占道经营和雨天积水问题。',
    '全镇网格实现“一格一员”，网格员信息在村委会和小区公示。',
    '建成镇综治中心“一站式”矛盾纠纷调处化解平台。',
    '整治农村人居环境，清理“三堆”（柴堆、粪堆、垃圾堆）{m}处。',
    '开展秸秆禁烧巡查，全年实现“零火点”。',
    '为{n}个村配齐人民调解员，村级调解组织规范化建设达标率100%。',
    '新建村级新时代文明实践站{n}个，每月开展志愿服务活动不少于2次。',
  ],
  market: [
    '对全县{m}家校园及周边食品经营户开展拉网式检查。',
    '农贸市场快检室实现全覆盖，每日快检不少于{n}批次。',
    '企业开办全程网办，办理时间压缩至1个工作日内。',
    '开展药品安全专项整治，检查药店、诊所{m}家次。',
    '消费投诉7日内办结率达到{pct}%以上。',
    '完成{n}家餐饮单位“明厨亮灶”改造。',
  ],
  urban: [
    '完成{road}等{n}条道路占道经营专项整治。',
    '城区新增便民摊点疏导区{n}处，设置摊位{m}个。',
    '更换、新增背街小巷路灯{m}盏。',
    '城区公厕实现“14项标准”全覆盖，新建改建公厕{n}座。',
    '建筑垃圾运输车辆全部安装定位系统，实现全过程监管。',
    '城管执法案件全部实现执法全过程记录。',
  ],
  civility: [
    '开展“文明餐桌”“文明交通”等{n}项主题活动。',
    '发布不文明行为曝光台{n}期，督促整改到位率100%。',
    '评选表彰“示例好人”{n}名、文明家庭{m}户。',
    '建成新时代文明实践所（站）{n}个，注册志愿者新增{m}人。',
    '文明城市年度测评成绩保持全省同类县市前{n}名。',
  ],
  env: [
    '完成{river}沿线入河排污口排查整治，整治率100%。',
    '城区空气质量优良天数比例达到{pct}%以上。',
    '对{n}家重点排污单位开展执法检查全覆盖。',
    '生态环境信访件按期办结率100%。',
    '完成{n}个乡镇污水处理设施提标改造。',
  ],
  transport: [
    '完成农村公路安全生命防护工程{n}公里。',
    '开展客运、货运企业安全生产检查全覆盖，排查整改隐患{m}处。',
    '新开通、优化城乡公交线路{n}条，实现行政村通客车率100%。',
    '治理超限超载，路面货车超限率控制在2%以内。',
  ],
  labour: [
    '开展根治欠薪冬季攻坚行动，欠薪案件当月受理、当月办结。',
    '在建工程项目农民工实名制管理覆盖率100%。',
    '组织招聘会{n}场，提供就业岗位{m}个。',
    '劳动人事争议仲裁结案率达到{pct}%以上。',
  ],
  edu: [
    '全县{n}所中小学幼儿园“一键报警”与公安机关联网率100%。',
    '每所学校配备法治副校长，每学期开展法治教育不少于{n}次。',
    '开展校园周边安全隐患排查整治，整改问题{m}处。',
    '开展预防中小学生溺水专项教育，覆盖全体中小学生。',
  ],
  safety: [
    '开展安全生产大排查大整治，检查企业{m}家次，隐患整改率100%。',
    '完成{n}个乡镇应急物资储备点建设。',
    '组织应急演练{n}场，参演人员{m}人次。',
    '建成乡镇、村两级应急救援队伍全覆盖。',
  ],
};

export const PROGRESS_NOTES: Record<string, string[]> = {
  已兑现: [
    '已按期完成，相关资料已归档备查。',
    '完成全部建设任务，经验收合格。',
    '已全部完成，完成情况在单位门户网站公示。',
    '任务全面完成，较计划提前{n}天。',
    '已完成，经县委政法委督查组现场核实。',
  ],
  推进中: [
    '已完成约{half}%，正在按计划推进。',
    '完成前期调研和方案设计，正在组织实施。',
    '已完成{n}项具体任务，剩余部分正在推进。',
    '因资金拨付滞后，进度有所延迟，预计{month}底前完成。',
    '项目已开工建设，正在加快推进。',
  ],
  部分兑现: [
    '完成主要任务，剩余部分因客观原因未能按期完成，已列入下一期承诺。',
    '完成约{half}%，未完成部分已明确整改时限。',
  ],
  未兑现: [
    '因用地手续尚未办结，项目无法开工，本项承诺未能兑现，已向社会说明情况。',
    '受上级政策调整影响未能实施，已向群众说明情况。',
  ],
  未启动: ['前期准备工作正在进行中。'],
};

export interface RectificationProblem {
  text: string;
  units: string[];
  coUnits?: string[];
  measures: string[];
}

/** Problems by batch source. Units are ids; ledgers write them by name or alias. */
export const RECTIFICATION_PROBLEMS: Record<string, RectificationProblem[]> = {
  测评反馈: [
    {
      text: '{town}部分背街小巷路灯损坏、照明不足，群众夜间出行不便。',
      units: ['chengguan-zhen', 'liulin-jiedao', 'chengshi-guanli'],
      coUnits: ['chengshi-guanli'],
      measures: [
        '逐条排查背街小巷路灯，建立损坏路灯台账',
        '分批更换老旧路灯，在照明盲区增设路灯',
        '建立路灯日常巡查和报修机制',
      ],
    },
    {
      text: '{market}周边占道经营、车辆乱停乱放问题突出。',
      units: ['chengguan-zhen', 'chengshi-guanli'],
      coUnits: ['jiaojing', 'shichang-jianguan'],
      measures: ['在市场周边施划临时摊位和非机动车停放区', '组织联合执法，早晚高峰定点值守', '引导流动摊贩入市经营'],
    },
    {
      text: '城区主干道公益广告数量不足，部分公益广告牌破损、褪色。',
      units: ['wenmingban'],
      coUnits: ['chengshi-guanli'],
      measures: ['更换破损、褪色公益广告牌', '在主干道、公园、车站新增公益广告'],
    },
    {
      text: '部分老旧小区楼道堆放杂物、私拉电线为电动车充电。',
      units: ['liulin-jiedao', 'chengguan-zhen'],
      coUnits: ['xiaofang', 'chengguan-pcs'],
      measures: ['开展“清楼道、除隐患”专项行动', '新建电动车集中充电设施', '将楼道管理纳入居民公约'],
    },
    {
      text: '城区主要路口行人闯红灯、非机动车不按道行驶现象较多。',
      units: ['jiaojing'],
      coUnits: ['wenmingban'],
      measures: ['在主要路口设置文明交通志愿岗', '常态化查处非机动车交通违法', '定期曝光交通不文明行为'],
    },
    {
      text: '县汽车站公共厕所卫生状况差，无障碍设施缺失。',
      units: ['jiaotong'],
      measures: ['对公共厕所进行提升改造，增设无障碍厕位', '落实专人保洁，每日保洁不少于6次'],
    },
    {
      text: '部分中小学校周边存在销售“三无”食品的小卖部。',
      units: ['shichang-jianguan'],
      coUnits: ['jiaoyu'],
      measures: ['对中小学周边食品经营户开展拉网式检查', '依法查处销售“三无”食品行为'],
    },
    {
      text: '{road}沿街商户店外经营、乱贴小广告现象反弹。',
      units: ['chengshi-guanli'],
      coUnits: ['chengguan-zhen'],
      measures: ['落实“门前三包”责任制', '组织集中清理小广告', '对反复违规商户依法处罚'],
    },
    {
      text: '新时代文明实践站活动开展不经常，存在“挂牌不运行”现象。',
      units: ['wenmingban'],
      coUnits: ['qingshan-xiang', 'baishi-zhen', 'taoyuan-zhen'],
      measures: ['逐一核查实践站运行情况', '建立活动开展情况月报制度', '组织志愿者定期开展活动'],
    },
  ],
  督查检查: [
    {
      text: '部分村（社区）综治中心未实现实体化运行，值班制度落实不到位。',
      units: ['hexi-zhen', 'qingshan-xiang', 'baishi-zhen', 'taoyuan-zhen', 'shiqiao-xiang', 'longquan-zhen'],
      coUnits: ['sifaju', 'zhengfawei'],
      measures: ['明确专人值班', '建立值班台账', '县委政法委每月抽查'],
    },
    {
      text: '城区公共视频监控部分点位故障，“雪亮工程”联网率不足90%。',
      units: ['gongan'],
      coUnits: ['chengguan-zhen', 'liulin-jiedao'],
      measures: ['全面排查故障点位', '与运营商签订运维协议', '每月通报在线率'],
    },
    {
      text: '{town}部分村矛盾纠纷排查台账不规范、更新不及时。',
      units: ['sifaju'],
      coUnits: ['qingshan-xiang', 'baishi-zhen'],
      measures: ['统一台账模板', '开展调解员培训', '每季度检查一次'],
    },
    {
      text: '寄递物流企业落实收寄验视、实名收寄、过机安检制度不严格。',
      units: ['jiaotong'],
      coUnits: ['gongan'],
      measures: ['开展专项检查', '约谈问题企业', '建立日常抽检制度'],
    },
    {
      text: '部分宾馆、网吧违规接纳未成年人。',
      units: ['chengguan-pcs', 'hexi-pcs'],
      coUnits: ['wenmingban', 'jiaoyu'],
      measures: ['开展联合检查', '对违规场所依法处罚', '公开曝光典型案例'],
    },
    {
      text: '农村道路交通安全劝导站作用发挥不明显。',
      units: ['hexi-zhen', 'qingshan-xiang', 'longquan-zhen'],
      coUnits: ['jiaojing', 'jiaotong'],
      measures: ['配齐劝导员', '节假日和赶集日定时上岗', '劝导站工作纳入村干部考核'],
    },
    {
      text: '{scenic}周边节假日治安巡防力量不足。',
      units: ['baishi-zhen', 'longquan-zhen'],
      coUnits: ['gongan'],
      measures: ['组建景区治安巡防队', '节假日联合派出所开展巡逻'],
    },
    {
      text: '部分企业安全生产主体责任落实不到位，隐患排查流于形式。',
      units: ['yingji'],
      coUnits: ['xiaofang'],
      measures: ['开展安全生产执法检查', '对重大隐患挂牌督办', '组织企业负责人培训'],
    },
    {
      text: '{school}周边上下学时段交通秩序混乱，护学岗设置不足。',
      units: ['jiaoyu', 'jiaojing'],
      coUnits: ['chengguan-pcs'],
      measures: ['在学校周边增设护学岗', '施划临时停车区', '学校错峰放学'],
    },
  ],
  舆情信息: [
    {
      text: '网民反映{town}某小区电梯频繁故障、物业维修不及时。',
      units: ['zhujian', 'liulin-jiedao', 'chengguan-zhen'],
      coUnits: ['shichang-jianguan'],
      measures: ['约谈物业公司', '督促完成电梯维保', '建立小区电梯安全通报制度'],
    },
    {
      text: '网民反映{road}夜间烧烤摊油烟、噪声扰民。',
      units: ['chengshi-guanli'],
      coUnits: ['shengtai-huanjing'],
      measures: ['规范烧烤摊点经营时间和区域', '督促加装油烟净化设施', '加强夜间巡查'],
    },
    {
      text: '网民反映{school}门口道路积水严重，学生出行不便。',
      units: ['zhujian', 'chengshi-guanli'],
      coUnits: ['jiaoyu'],
      measures: ['疏通排水管网', '对低洼路段进行改造'],
    },
    {
      text: '网民反映{river}{town}段有人倾倒建筑垃圾。',
      units: ['shengtai-huanjing', 'chengshi-guanli'],
      coUnits: ['hexi-zhen'],
      measures: ['清理河岸垃圾', '在重点路段安装监控', '依法查处倾倒行为'],
    },
    {
      text: '网民反映部分农民工工资拖欠问题。',
      units: ['renshe'],
      coUnits: ['zhujian'],
      measures: ['调查核实欠薪情况', '督促企业限期支付', '对恶意欠薪依法移送'],
    },
  ],
  群众反映: [
    {
      text: '{town}{village}村民反映村内道路破损、雨天泥泞难行。',
      units: ['jiaotong', 'hexi-zhen', 'qingshan-xiang', 'shiqiao-xiang'],
      measures: ['对破损路段进行硬化修复', '完善排水边沟'],
    },
    {
      text: '{town}{village}村民反映饮用水水质浑浊。',
      units: ['weijian', 'qingshan-xiang', 'baishi-zhen'],
      coUnits: ['shengtai-huanjing'],
      measures: ['开展水质检测', '清洗消毒蓄水设施', '建立定期检测制度'],
    },
    {
      text: '群众反映{market}部分摊位缺斤短两。',
      units: ['shichang-jianguan'],
      measures: ['对市场计量器具开展检定', '设置公平秤', '对违规经营户依法处理'],
    },
    {
      text: '群众反映低保评定不公开、不透明。',
      units: ['minzheng'],
      coUnits: ['hexi-zhen', 'taoyuan-zhen'],
      measures: ['对低保对象开展复核', '评定结果在村务公开栏公示', '畅通投诉渠道'],
    },
    {
      text: '群众反映{town}客运班车班次少、不准点。',
      units: ['jiaotong'],
      measures: ['优化班次安排', '公布发车时刻表和监督电话'],
    },
    {
      text: '群众反映夜间{road}大货车超速行驶、噪声大。',
      units: ['jiaojing'],
      coUnits: ['jiaotong'],
      measures: ['设置限速标志和测速设备', '加强夜间巡逻管控'],
    },
  ],
  巡视巡察: [
    {
      text: '行政执法监督“重检查、轻整改”，对评查发现问题跟踪督办不到位。',
      units: ['sifaju'],
      measures: ['建立执法监督问题整改台账，实行销号管理', '对整改不到位的单位发出行政执法监督通知书'],
    },
    {
      text: '公务接待、公车使用管理制度执行不严格。',
      units: ['jiaotong', 'zhujian', 'nongye-nongcun', 'ziran-ziyuan'],
      measures: ['修订完善公务接待和公车管理制度', '开展专项检查', '定期公开公务支出情况'],
    },
    {
      text: '惠民惠农资金发放公示不及时、不规范。',
      units: ['nongye-nongcun', 'minzheng'],
      coUnits: ['taoyuan-zhen', 'shiqiao-xiang'],
      measures: ['规范资金发放公示程序', '开展资金发放情况专项核查'],
    },
    {
      text: '执法办案中存在超期羁押风险预警不及时问题。',
      units: ['gongan', 'jianchayuan'],
      measures: ['完善羁押期限预警系统', '开展羁押必要性审查'],
    },
    {
      text: '涉案财物管理不规范，部分物品处置滞后。',
      units: ['gongan', 'fayuan'],
      measures: ['全面清理涉案财物', '建立涉案财物集中管理平台', '依法及时处置'],
    },
    {
      text: '基层党组织“三会一课”制度落实不到位。',
      units: ['chengguan-zhen', 'hexi-zhen', 'renshe', 'jiaoyu'],
      measures: ['制定组织生活计划', '开展党支部书记培训', '定期检查会议记录'],
    },
  ],
  其他: [
    {
      text: '人大代表建议：加快城区停车场建设，缓解停车难问题。',
      units: ['zhujian', 'chengshi-guanli'],
      coUnits: ['jiaojing'],
      measures: ['编制停车设施建设规划', '利用闲置地块建设临时停车场'],
    },
    {
      text: '政协委员提案：加强农村留守老人关爱服务。',
      units: ['minzheng'],
      coUnits: ['fulian'],
      measures: ['建立留守老人信息台账', '组织志愿者定期探访'],
    },
    {
      text: '审计发现：部分专项资金使用进度缓慢。',
      units: ['nongye-nongcun', 'zhujian', 'jiaotong'],
      measures: ['加快项目建设进度', '对闲置资金按规定统筹使用'],
    },
  ],
};

export const RECTIFICATION_PROGRESS = [
  '已制定整改方案，明确责任人和时限',
  '正在组织实施，已完成约{half}%',
  '已完成整改，经复查合格',
  '问题已整改到位，建立了长效机制',
  '整改方案已报县委政法委备案',
  '已完成第一阶段任务',
  '经县委督查室复查，同意销号',
];

export const BATCH_TITLES: Record<string, string[]> = {
  测评反馈: [
    '{year}年文明城市测评反馈问题整改清单',
    '{year}年省级文明县城年度测评反馈问题整改台账',
    '{year}年全国文明城市创建实地测评问题整改清单',
  ],
  督查检查: [
    '{year}年平安建设专项督查发现问题整改台账',
    '{year}年安全生产大检查发现问题整改台账',
    '{year}年优化营商环境专项督查问题整改台账',
    '{year}年{quarter}季度执法规范化检查问题整改台账',
  ],
  舆情信息: ['{year}年{month}月网络舆情反映问题整改', '关于网民集中反映问题的整改落实情况（{year}年第{n}期）'],
  群众反映: ['{year}年{month}月12345热线群众反映问题整改', '{year}年“民情恳谈”收集群众诉求整改台账'],
  巡视巡察: ['县委第{n}巡察组巡察反馈问题整改（{year}年）', '{year}年县委巡察反馈问题整改台账'],
  其他: ['{year}年人大代表建议、政协委员提案办理台账', '{year}年审计发现问题整改台账'],
};

export const SOURCE_SLUGS: Record<string, string> = {
  测评反馈: 'cepin',
  督查检查: 'ducha',
  舆情信息: 'yuqing',
  群众反映: 'qunzhong',
  巡视巡察: 'xuncha',
  其他: 'qita',
};

export interface IndicatorDef {
  id: string;
  name: string;
  unit: string;
  target?: number;
  higherIsBetter: boolean;
  source: string;
  /** Value at the first and the last quarter; the series walks between them. */
  from: number;
  to: number;
  noise: number;
  digits: number;
  ranked: boolean;
}

export const INDICATORS: IndicatorDef[] = [
  {
    id: 'anquangan',
    name: '群众安全感',
    unit: '%',
    target: 98,
    higherIsBetter: true,
    source: '省统计局民意调查中心（排名为全市11个县市区排名）',
    from: 94.2,
    to: 98.2,
    noise: 0.35,
    digits: 2,
    ranked: true,
  },
  {
    id: 'zhifa-manyidu',
    name: '政法队伍执法满意度',
    unit: '%',
    target: 95,
    higherIsBetter: true,
    source: '省统计局民意调查中心（排名为全市11个县市区排名）',
    from: 87.5,
    to: 95.4,
    noise: 0.6,
    digits: 1,
    ranked: true,
  },
  {
    id: 'xingshi-anjian',
    name: '刑事案件发案数',
    unit: '起',
    higherIsBetter: false,
    source: '示例县公安局',
    from: 238,
    to: 146,
    noise: 14,
    digits: 0,
    ranked: false,
  },
  {
    id: 'dianzha-anjian',
    name: '电信网络诈骗发案数',
    unit: '起',
    higherIsBetter: false,
    source: '示例县公安局',
    from: 38,
    to: 52,
    noise: 9,
    digits: 0,
    ranked: false,
  },
  {
    id: 'jiaotong-siwang',
    name: '道路交通事故死亡人数',
    unit: '人',
    higherIsBetter: false,
    source: '示例县公安局交通警察大队',
    from: 9,
    to: 4,
    noise: 2,
    digits: 0,
    ranked: false,
  },
  {
    id: 'tiaojie-chenggonglv',
    name: '矛盾纠纷调解成功率',
    unit: '%',
    target: 98,
    higherIsBetter: true,
    source: '示例县司法局',
    from: 95.1,
    to: 98.6,
    noise: 0.5,
    digits: 1,
    ranked: false,
  },
  {
    id: 'wenming-ceping',
    name: '文明城市测评得分',
    unit: '分',
    target: 90,
    higherIsBetter: true,
    source: '省文明办测评组',
    from: 82.4,
    to: 91.3,
    noise: 0.9,
    digits: 1,
    ranked: true,
  },
  {
    id: 'xinfang-zongliang',
    name: '信访总量',
    unit: '件',
    higherIsBetter: false,
    source: '示例县信访局',
    from: 420,
    to: 265,
    noise: 30,
    digits: 0,
    ranked: false,
  },
  {
    id: 'falv-yuanzhu',
    name: '法律援助案件办理数',
    unit: '件',
    higherIsBetter: true,
    source: '示例县司法局',
    from: 96,
    to: 182,
    noise: 15,
    digits: 0,
    ranked: false,
  },
  {
    id: 'kongqi-youliang',
    name: '空气质量优良天数比例',
    unit: '%',
    target: 85,
    higherIsBetter: true,
    source: '示例县生态环境分局',
    from: 71.5,
    to: 87.2,
    noise: 2.5,
    digits: 1,
    ranked: false,
  },
];
