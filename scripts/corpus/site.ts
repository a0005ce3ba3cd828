// Generates the fixed files of a corpus: site.yaml, units.yaml and the free pages.
import type { GeneratedFile } from './cases.ts';
import { UNITS } from './vocab.ts';
import { flowList, scalar } from './yaml.ts';

export function siteFiles(counts: {
  cases: number;
  people: number;
  commitments: number;
  batches: number;
}): GeneratedFile[] {
  const site = `# 站点标识与页脚信息（生成的测试语料）
name: 示例县法治文明公开网
region: 示例县
organizer: 中共示例县委政法委员会
coOrganizers:
  - 示例县精神文明建设指导委员会办公室
  - 示例县司法局
baseUrl: https://fzwm.example.gov.cn
siteCode: "0000000001"
icp: 示ICP备00000000号-1
psb: 示公网安备 00000000000001号
contact:
  phone: 0000-1234567
  email: fzwm@example.gov.cn
  address: 示例县城关镇人民路88号县委大院3号楼
reportChannels:
  - name: 县纪委监委举报电话
    value: 0000-12388
  - name: 县委政法委监督电话
    value: 0000-1234500
  - name: 12345政务服务便民热线
    value: "12345"
  - name: 县文明办不文明行为随手拍邮箱
    value: wmb@example.gov.cn
`;
  const units =
    '# 责任单位：其他文件一律以 id 引用；CSV 台账中也可写全称或简称\n' +
    UNITS.map((u) => {
      const lines = [
        `- id: ${u.id}`,
        `  name: ${scalar(u.name)}`,
        `  kind: ${u.kind}`,
        `  aliases: ${flowList(u.aliases)}`,
      ];
      if (u.phone) lines.push(`  phone: ${u.phone}`);
      return lines.join('\n') + '\n';
    }).join('');
  const about = `---
title: 关于本站
order: 1
---

示例县法治文明公开网由中共示例县委政法委员会主办，示例县精神文明建设指导委员会办公室、示例县司法局协办，是全县政法工作和精神文明建设信息集中公开的平台。

## 公开哪些内容

- **公开承诺**：县公安局、县人民法院、县人民检察院、县司法局及各乡镇（街道）、县直部门每半年向社会作出的公开承诺及兑现进度，目前共 ${counts.commitments} 份。逾期未兑现的事项由系统按数据截止日期自动标注。
- **典型案例**：警示案例、反面典型、正面典型和不文明行为曝光，目前共 ${counts.cases} 个。案例中当事人信息一律作匿名处理。
- **示例好人榜**：历届道德模范和季度“示例好人榜”上榜人物 ${counts.people} 位的事迹。
- **问题整改**：测评反馈、督查检查、巡视巡察、舆情信息和群众反映问题的整改清单及进展，共 ${counts.batches} 个批次。
- **数据**：群众安全感、政法队伍执法满意度等指标的历次调查结果。

## 更新频率

公开承诺和整改进展原则上每月更新一次，典型案例和好人榜随时发布。每个页面均注明数据截止日期。已发布的内容如有更正，页面底部会列出更正说明；确需撤回的案例保留原网址并说明撤回原因。

## 引用和使用

本站公开的信息可以自由转载和引用，请注明“来源：示例县法治文明公开网”并附原文网址。本站所有网址长期有效。

如发现内容有误，欢迎通过页面下方联系方式告知我们，我们将在核实后及时更正。
`;
  const jiandu = `---
title: 监督举报
order: 2
---

欢迎社会各界对全县政法机关和各责任单位的公开承诺兑现、问题整改落实情况进行监督。

## 举报渠道

- 县纪委监委举报电话：0000-12388
- 县委政法委监督电话：0000-1234500
- 12345政务服务便民热线

## 注意事项

请如实反映问题，提供具体的时间、地点和事实经过。我们将依法保护举报人的合法权益，对举报人信息严格保密。
`;
  return [
    { path: 'site.yaml', content: site },
    { path: 'units.yaml', content: units },
    { path: 'pages/about.md', content: about },
    { path: 'pages/jiandu.md', content: jiandu },
  ];
}
