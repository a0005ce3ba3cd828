// Progressive enhancement of a rectification ledger: status/unit <select>s that hide non-matching rows and say how many show.
// Without JavaScript the controls stay hidden and the full table shows. It imports nothing, so Astro inlines it: the
// count's words come with the page (data-filtered, data-showing-all: templates from src/ui/accountability.ts).

/** A template's {name} placeholders filled in. */
function fill(template: string | undefined, values: Record<string, number>): string {
  return (template ?? '').replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

function enhance(root: HTMLElement): void {
  const controls = root.querySelector<HTMLElement>('[data-ledger-filter]');
  const status = root.querySelector<HTMLSelectElement>('select[data-filter="status"]');
  const unit = root.querySelector<HTMLSelectElement>('select[data-filter="unit"]');
  const live = root.querySelector<HTMLElement>('[data-ledger-count]');
  const rows = [...root.querySelectorAll<HTMLTableRowElement>('tbody tr')];
  if (!controls || !status || !unit || !live) return;

  const apply = () => {
    let visible = 0;
    for (const row of rows) {
      const show =
        (!status.value || row.dataset['statusLabel'] === status.value) &&
        (!unit.value || row.dataset['unit'] === unit.value);
      row.hidden = !show;
      if (show) visible++;
    }
    live.textContent =
      status.value || unit.value
        ? fill(live.dataset['filtered'], { visible, total: rows.length })
        : fill(live.dataset['showingAll'], { total: rows.length });
  };

  // A link to #item-<n> must show that item even when a filter would hide it.
  const revealTarget = () => {
    const target =
      location.hash.length > 1
        ? root.querySelector<HTMLTableRowElement>(`tr#${CSS.escape(location.hash.slice(1))}`)
        : null;
    if (target?.hidden) {
      status.value = '';
      unit.value = '';
      apply();
      target.scrollIntoView();
    }
  };

  status.addEventListener('change', apply);
  unit.addEventListener('change', apply);
  window.addEventListener('hashchange', revealTarget);
  // Browsers may restore a select's value on back/forward navigation: honour it. Filled in before the
  // controls show, so the first count is not announced as a change.
  apply();
  controls.hidden = false;
}

for (const root of document.querySelectorAll<HTMLElement>('[data-ledger]')) enhance(root);
