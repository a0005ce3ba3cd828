// Search records that are not whole pages: each rectification item, so a result leads to its #item-<n> row.
import type { SiteContent } from './load-content.ts';
import { deriveItemStatus } from './status.ts';

export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

export function rectificationItemRecords(content: SiteContent, asOf: string): SearchRecord[] {
  const unitName = new Map(content.units.map((u) => [u.id, u.name]));
  return content.rectification.flatMap((batch) =>
    batch.items.map((item) => {
      const unit = unitName.get(item.unit) ?? item.unit;
      const status = deriveItemStatus(item, asOf);
      const progress = (item.progress ?? []).map((p) => `${p.date ?? ''} ${p.note}`).join(' ');
      const coUnits = (item.coUnits ?? []).map((id) => unitName.get(id) ?? id).join('、');
      return {
        url: `/rectification/${batch.id}/#item-${item.number}`,
        language: 'zh-cn',
        content: [item.problem, `责任单位：${unit}`, coUnits && `配合单位：${coUnits}`, `整改措施：${item.measures.join('；')}`, progress, batch.title]
          .filter(Boolean)
          .join('\n'),
        meta: { title: `${item.problem}（${batch.title} 第 ${item.number} 项）`, type: `整改事项 · ${status.label}`, date: batch.foundAt, unit },
        filters: { type: ['整改'], unit: [unit], year: [batch.foundAt.slice(0, 4)] },
        sort: { date: batch.foundAt },
      };
    }),
  );
}
